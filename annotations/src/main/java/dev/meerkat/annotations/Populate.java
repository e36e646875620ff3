package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Populates {@code Ref} fields of the documents a repository method returns, as Mongoose's {@code
 * populate}: one {@code $in} query per path. A path is a field name of type {@code Ref<X>} or
 * {@code List<Ref<X>>}; {@code "author.employer"} populates {@code employer} of each populated
 * author too. Unknown paths are compile errors.
 *
 * <pre>{@code
 * @Populate({"author", "readers"}) List<Post> findByTitleStartingWith(String prefix);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Populate {
  /** The paths to populate, in order. */
  String[] value();
}
