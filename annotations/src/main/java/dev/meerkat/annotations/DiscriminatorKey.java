package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stored key that names each document's type in a discriminated hierarchy: Mongoose's {@code
 * discriminatorKey} schema option. Goes on the sealed {@link Schema @Schema} interface or abstract
 * class; without it the key is {@code __t}, as in Mongoose.
 *
 * <pre>{@code
 * @Schema @Model @DiscriminatorKey("kind")
 * public sealed interface Event permits Click, Purchase {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DiscriminatorKey {
  /** The stored key; {@code __t} by default. */
  String value() default "__t";
}
