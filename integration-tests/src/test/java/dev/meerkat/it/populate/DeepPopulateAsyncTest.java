package dev.meerkat.it.populate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.meerkat.Hook;
import dev.meerkat.Sort;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Deep populate from async queries and repositories, FIND hooks on populate finds, and projected
 * queries run async: the same one find per path level as the sync calls.
 */
@MongoTest
class DeepPopulateAsyncTest extends DeepPopulateFixture {
  @Test
  void asyncQueriesAndRepositoriesPopulateTheSame() {
    int before = findsOn("members").size();
    Article article =
        articles
            .find(ArticleSchema.TITLE.eq("Intro"))
            .populate(ArticleSchema.REPLIES_AUTHOR)
            .populate(ArticleSchema.AUTHOR.then(MemberSchema.FRIENDS).then(MemberSchema.FRIENDS))
            .listAsync()
            .join()
            .get(0);
    assertEquals(4, findsOn("members").size() - before, "replies[].author, then three levels");
    assertEquals("Bob", name(article.replies().get(2).author()));
    Member friend = article.author().value().orElseThrow().friends().get(0).value().orElseThrow();
    assertEquals("Ada", name(friend.friends().get(0)));

    Optional<Article> outro =
        articles
            .find(ArticleSchema.TITLE.eq("Outro"))
            .populate(ArticleSchema.AUTHOR)
            .firstAsync()
            .join();
    assertEquals("Bob", name(outro.orElseThrow().author()));
    assertEquals(
        Optional.empty(),
        articles
            .find(ArticleSchema.TITLE.eq("None"))
            .populate(ArticleSchema.AUTHOR)
            .firstAsync()
            .join());

    ArticleRepository repository = ArticleRepositoryImpl.on(articles.connection());
    int members0 = findsOn("members").size();
    int teams0 = findsOn("teams").size();
    Article started = repository.findByTitleStartingWith("Intro").join().get(0);
    assertEquals(3, findsOn("members").size() - members0, "author, author.friends, team.lead");
    assertEquals(1, findsOn("teams").size() - teams0);
    Member author = started.author().value().orElseThrow();
    assertEquals("Ada", name(author.team().value().orElseThrow().lead()));
    assertEquals("Bob", name(author.friends().get(0)));
  }

  @Test
  void findHooksRunForTheQueryAndForEachPopulateFindSyncAndAsync() {
    List<String> calls = new CopyOnWriteArrayList<>();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    articles
        .preQuery(Hook.FIND, f -> calls.add("pre articles"))
        .postQuery(Hook.FIND, f -> calls.add("post articles"));
    members
        .preQuery(
            Hook.FIND,
            f -> {
              calls.add("pre members");
              threads.add(Thread.currentThread());
            })
        .postQuery(Hook.FIND, f -> calls.add("post members"));
    List<String> expected = List.of("pre articles", "pre members", "post members", "post articles");
    articles.find(ArticleSchema.TITLE.eq("Intro")).populate(ArticleSchema.AUTHOR).list();
    assertEquals(expected, calls, "the populate find is a find on the target model");
    calls.clear();
    threads.clear();
    Article article =
        articles
            .find(ArticleSchema.TITLE.eq("Intro"))
            .populate(ArticleSchema.AUTHOR)
            .listAsync()
            .join()
            .get(0);
    assertEquals(expected, calls);
    assertEquals("Ada", name(article.author()));
    assertFalse(threads.contains(Thread.currentThread()), "async hooks never run on the caller");
  }

  @Test
  void projectedQueriesRunAsyncToo() {
    int before = findsOn("articles").size();
    List<ArticleTitle> titles =
        articles
            .find()
            .sort(Sort.raw(new Document("title", 1)))
            .project(ArticleTitle.class)
            .listAsync()
            .join();
    assertEquals(
        List.of(new ArticleTitle("Intro"), new ArticleTitle("Lost"), new ArticleTitle("Outro")),
        titles);
    BsonDocument sent = findsOn("articles").get(before);
    assertEquals(
        BsonDocument.parse("{title: 1}"),
        sent.getDocument("projection"),
        "the projection is sent to the server");
    assertEquals(
        Optional.of(new ArticleTitle("Lost")),
        articles
            .find(ArticleSchema.TITLE.eq("Lost"))
            .project(ArticleTitle.class)
            .firstAsync()
            .join());
    assertEquals(
        Optional.empty(),
        articles
            .find(ArticleSchema.TITLE.eq("None"))
            .project(ArticleTitle.class)
            .firstAsync()
            .join());
  }
}
