package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository method whose filter is written as MongoDB JSON rather than derived from its name.
 * Keys are stored keys ({@code 'a'} for a field stored as {@code a}); single quotes and unquoted
 * keys are accepted. Placeholders {@code ?0} (the first parameter) and {@code :name} (the parameter
 * named {@code name}) stand for whole values and are always bound as values, never parsed as JSON,
 * so a string parameter can never add an operator. The JSON and its field names are checked against
 * the schema at compile time.
 *
 * <pre>{@code
 * @Query("{ 'a': { $gte: ?0 } }") List<User> adults(int minAge);
 * @Query(value = "{ role: :role }", sort = "{ name: 1 }") List<User> byRole(Role role);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The filter, e.g. {@code { 'a': { $gte: ?0 } }}. */
  String value();

  /** An optional sort document, e.g. {@code { name: 1 }}; empty for none. */
  String sort() default "";

  /** An optional projection document, e.g. {@code { name: 1 }}; empty for whole documents. */
  String projection() default "";
}
