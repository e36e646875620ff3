package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The smallest allowed value of a numeric field: Mongoose's {@code min}. Failure message: "Path
 * `age` (-1) is less than minimum allowed value (0).".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Min {
  /** The minimum, inclusive. */
  double value();
}
