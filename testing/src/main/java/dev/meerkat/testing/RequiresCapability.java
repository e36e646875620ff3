package dev.meerkat.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Skips the annotated test class or method when the resolved server lacks any of the listed
 * capabilities; the skip reason names the capability, the server kind and how to get a server that
 * has it. Only takes effect together with {@link MongoTest}.
 *
 * <pre>{@code
 * @MongoTest
 * class CappedTest {
 *     @Test
 *     @RequiresCapability(Capability.CAPPED_COLLECTIONS)
 *     void createsCappedCollection(MongoServer server) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresCapability {
  /** The capabilities the test needs; all of them must be supported. */
  Capability[] value();
}
