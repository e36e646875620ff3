package dev.meerkat.it.repo;

import dev.meerkat.CrudRepository;
import dev.meerkat.PopulatePath;
import dev.meerkat.annotations.Populate;
import dev.meerkat.annotations.Repository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.types.ObjectId;

/** Populate on repository methods: by annotation, chained, and by parameter. */
@Repository
public interface PostRepository extends CrudRepository<Post, ObjectId> {
  @Populate("author")
  List<Post> findByTitleStartingWithOrderByTitleAsc(String prefix);

  @Populate({"author", "readers"})
  Optional<Post> findByTitle(String title);

  @Populate("author.employer")
  List<Post> findByTitleOrderByTitleAsc(String title);

  List<Post> findByTitleContainingOrderByTitleAsc(String part, PopulatePath<Post> populate);

  @Populate("readers")
  CompletableFuture<List<Post>> findByTitleEndingWithOrderByTitleAsc(String suffix);
}
