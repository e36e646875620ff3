package dev.meerkat.it.inject;

import dev.meerkat.CrudRepository;
import dev.meerkat.annotations.Query;
import dev.meerkat.annotations.Repository;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Derived and {@code @Query} methods whose parameters carry user input. */
@Repository
public interface VaultRepository extends CrudRepository<Vault, ObjectId> {
  List<Vault> findByLabels(Map<String, String> labels);

  List<Vault> findByExtra(Document extra);

  @Query("{ extra: ?0 }")
  List<Vault> extraIs(Document extra);

  List<Vault> findByNotesContaining(Document note);

  List<Vault> findByOwnerIgnoreCase(String owner);

  List<Vault> findByOwnerEndingWith(String suffix);

  List<Vault> findByOwnerLike(String pattern);

  long deleteByOwnerIgnoreCase(String owner);
}
