package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The allowed values of a String field: Mongoose's {@code enum}. Failure message: "`x` is not a
 * valid enum value for path `role`.". (A Java {@code enum} field needs no annotation.)
 *
 * <p>Import it by name ({@code import dev.meerkat.annotations.Enum;}): with only {@code import
 * dev.meerkat.annotations.*} the name clashes with {@code java.lang.Enum}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Enum {
  /** The allowed values. */
  String[] value();
}
