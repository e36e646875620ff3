package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shortest allowed String: Mongoose's {@code minLength}. Failure message: "Path `name` (`ab`,
 * length 2) is shorter than the minimum allowed length (3).".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface MinLength {
  /** The minimum length, inclusive. */
  int value();
}
