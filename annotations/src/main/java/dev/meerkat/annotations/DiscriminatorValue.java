package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value stored under the discriminator key for one subtype of a sealed {@link Schema @Schema}
 * hierarchy. Without it the value is the subtype's model name ({@link Model @Model}'s value, else
 * the simple class name), as Mongoose's {@code Model.discriminator(name, schema)} does. Values are
 * distinct within one hierarchy.
 *
 * <pre>{@code
 * @Schema @DiscriminatorValue("click")
 * public record Click(@Id ObjectId id, String url) implements Event {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DiscriminatorValue {
  /** The stored value, non-empty. */
  String value();
}
