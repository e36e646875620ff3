package dev.meerkat;

import java.util.List;
import java.util.Optional;

/**
 * The operations every generated repository has, as Spring Data's {@code CrudRepository}. Extend it
 * in an interface annotated {@code @Repository} and the processor writes the implementation ({@code
 * UserRepositoryImpl.on(connection)}), together with the derived and {@code @Query} methods
 * declared there. Implementations are thread-safe.
 *
 * @param <T> the {@code @Schema} type
 * @param <ID> the type of its {@code _id}
 */
public interface CrudRepository<T, ID> {

  /**
   * Inserts {@code document} when it has no {@code _id}, else replaces the stored one
   * (upsert). @return the saved document
   */
  T save(T document);

  /** Saves every document in order. @return the saved documents */
  List<T> saveAll(List<T> documents);

  /** The document whose {@code _id} is {@code id}. */
  Optional<T> findById(ID id);

  /** Every document of the collection. */
  Iterable<T> findAll();

  /** Whether a document with {@code _id} {@code id} exists. */
  boolean existsById(ID id);

  /** The number of documents in the collection. */
  long count();

  /** Deletes the document whose {@code _id} is {@code id}, if any. */
  void deleteById(ID id);

  /** Deletes {@code document} (by its {@code _id}), if stored. */
  void delete(T document);
}
