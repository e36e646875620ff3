package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String field must match a regular expression (searched, as JavaScript's {@code RegExp.test}):
 * Mongoose's {@code match}. The expression is checked at compile time. Failure message: "Path
 * `email` is invalid (x).".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Match {
  /** The {@link java.util.regex.Pattern} expression. */
  String value();
}
