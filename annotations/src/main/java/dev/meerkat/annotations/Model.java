package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates a typed model for a {@link Schema @Schema} type: Mongoose's {@code
 * mongoose.model('User', schema)}. For {@code User} the processor writes {@code UserModel} with
 * {@code UserModel.on(connection)} and a {@code findByX} finder for every {@code @Indexed(unique =
 * true)} field.
 *
 * <pre>{@code
 * @Schema @Model("User")
 * public record User(@Id ObjectId id, @Indexed(unique = true) String email) {}
 *
 * UserModel users = UserModel.on(connection);
 * Optional<User> ada = users.findByEmail("ada@example.com");
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
  /** The model name; empty (the default) for the simple class name. Unique within one build. */
  String value() default "";
}
