package dev.meerkat.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default collation of a schema's collection: Mongoose's {@code { collation: { locale: 'en_US',
 * strength: 1 } }}.
 *
 * <pre>{@code @Schema(collation = @Collation(locale = "en_US", strength = 2)) record Tag(...) {}}
 * </pre>
 *
 * <p>An empty {@code locale} (the default) means no collation.
 */
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Collation {
  /** The ICU locale, {@code "en_US"}; empty for no collation. */
  String locale() default "";

  /** The comparison level 1-5; {@code 0} for the server default. */
  int strength() default 0;

  /** Whether case is compared at strengths 1 and 2. */
  boolean caseLevel() default false;

  /** Whether numeric strings compare as numbers ({@code "10" > "9"}). */
  boolean numericOrdering() default false;
}
