package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the field under another key: Mongoose's path name differing from the property (Mongoose
 * has {@code alias} for the opposite direction).
 *
 * <pre>{@code record User(@Field("a") int age) {}   // stored as { a: 42 }}</pre>
 *
 * <p>The key must be non-empty, contain no {@code .} and not start with {@code $}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Field {
  /** The stored key. */
  String value();
}
