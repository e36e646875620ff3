package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The longest allowed String: Mongoose's {@code maxLength}. Failure message: "Path `name`
 * (`abcdefghijk`, length 11) is longer than the maximum allowed length (10).".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface MaxLength {
  /** The maximum length, inclusive. */
  int value();
}
