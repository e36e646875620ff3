package dev.meerkat.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a schema's collection capped: Mongoose's {@code new Schema({...}, { capped: { size: 1024,
 * max: 100 } })}.
 *
 * <pre>{@code @Schema(capped = @Capped(size = 1_048_576, max = 1000)) record LogLine(...) {}}</pre>
 *
 * <p>{@code size = 0} (the default) means not capped; {@code max} then must be 0 too.
 */
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Capped {
  /** The maximum size of the collection in bytes; {@code 0} for a collection that is not capped. */
  long size() default 0;

  /** The maximum number of documents; {@code 0} for no limit. */
  long max() default 0;
}
