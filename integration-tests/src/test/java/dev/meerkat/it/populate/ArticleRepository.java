package dev.meerkat.it.populate;

import dev.meerkat.CrudRepository;
import dev.meerkat.annotations.Populate;
import dev.meerkat.annotations.Repository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bson.types.ObjectId;

/** {@code @Populate} through subdocuments and references, to any depth, sync and async. */
@Repository
public interface ArticleRepository extends CrudRepository<Article, ObjectId> {
  @Populate("replies.author")
  List<Article> findByTitle(String title);

  @Populate("author.friends.friends")
  Optional<Article> findFirstByTitle(String title);

  @Populate({"review.notes.author.mentor", "review.reviewer"})
  List<Article> findByTitleEndingWith(String suffix);

  @Populate({"author.team.lead", "author.friends"})
  CompletableFuture<List<Article>> findByTitleStartingWith(String prefix);
}
