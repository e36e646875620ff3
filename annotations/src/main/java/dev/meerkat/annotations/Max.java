package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest allowed value of a numeric field: Mongoose's {@code max}. Failure message: "Path
 * `age` (200) is more than maximum allowed value (150).".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Max {
  /** The maximum, inclusive. */
  double value();
}
