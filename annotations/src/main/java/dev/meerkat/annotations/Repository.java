package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates the implementation of a repository interface at build time. The interface extends
 * {@code dev.meerkat.CrudRepository<T, ID>} for a {@link Schema @Schema} type {@code T}; each
 * abstract method is either a derived query, whose name the processor parses as Spring Data does
 * ({@code findByAgeGreaterThanOrderByNameAsc}), or carries {@link Query @Query}. A method name that
 * names an unknown property, or parameters that do not fit it, is a compile error on that method.
 *
 * <pre>{@code
 * @Repository
 * public interface UserRepository extends CrudRepository<User, ObjectId> {
 *   List<User> findByAgeGreaterThanOrderByNameAsc(int age);
 *   Page<User> findByRole(Role role, Pageable page);
 * }
 *
 * UserRepository users = UserRepositoryImpl.on(connection);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {}
