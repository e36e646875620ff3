package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record that reads only some fields of a {@link Schema @Schema} type. Each component names a
 * field of that schema and has the field's type; the processor generates its codec ({@code
 * UserNameProjection}) and the projection document the server receives, which lists only those
 * fields. Usable as the element type of a repository method and with {@code
 * query.project(UserName.class)}.
 *
 * <pre>{@code
 * @Projection(User.class)
 * public record UserName(String name, Address address) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Projection {
  /** The {@code @Schema} type whose fields this record reads. */
  Class<?> value();
}
