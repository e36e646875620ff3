package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a single-field index: Mongoose's {@code index: true}, {@code unique}, {@code sparse} and
 * {@code expires} path options.
 *
 * <pre>{@code record User(@Indexed(unique = true) String email,
 *             @Indexed(expireAfterSeconds = 3600) Instant lastSeen) {}}</pre>
 *
 * <p>{@code @Model} types get a {@code findByX} finder for every unique indexed field.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Indexed {
  /** Whether the index is unique. */
  boolean unique() default false;

  /** Whether the index skips documents without the field. */
  boolean sparse() default false;

  /**
   * TTL in seconds, only on date fields (Instant, Date, LocalDate, LocalDateTime); {@code -1} for
   * none.
   */
  long expireAfterSeconds() default -1;

  /** {@code 1} for ascending, {@code -1} for descending. */
  int order() default 1;
}
