package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a (compound) index on the schema: Mongoose's {@code schema.index({ name: 1, age: -1 }, {
 * unique: true })}.
 *
 * <pre>{@code
 * @Schema
 * @Index(keys = {"lastName:1", "firstName:1"}, unique = true)
 * @Index(keys = "bio:text")
 * public record Person(...) {}
 * }</pre>
 *
 * <p>Each key is {@code "field"} or {@code "field:direction"}; the field is the Java name or the
 * stored key (a dotted path into a subdocument is allowed after the first segment); the direction
 * is {@code 1} (default), {@code -1}, {@code text}, {@code hashed}, {@code 2d} or {@code 2dsphere}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {
  /** The keys in order, {@code "name:1"}. */
  String[] keys();

  /** Whether the index is unique. */
  boolean unique() default false;

  /** Whether the index skips documents without the keys. */
  boolean sparse() default false;

  /** The index name; empty for the server's default ({@code name_1_age_-1}). */
  String name() default "";
}
