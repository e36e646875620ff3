package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Ref;
import dev.meerkat.Sort;
import dev.meerkat.it.SentCommands;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** References stored as ids and Mongoose's populate: one {@code $in} find per path. */
@MongoTest
class PopulateTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands commands = new SentCommands();
  private Model<Post> posts;
  private PostRepository repository;
  private Author ada;
  private Author bob;
  private Company acme;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri(), commands.options()).join();
    posts = conn.model(PostSchema.INSTANCE);
    Model<Author> authors = conn.model(AuthorSchema.INSTANCE);
    Model<Company> companies = conn.model(CompanySchema.INSTANCE);
    for (Model<?> model : List.of(posts, authors, companies)) {
      model.deleteMany(Filter.empty());
    }
    repository = PostRepositoryImpl.on(conn);
    acme = companies.create(new Company(null, "Acme"));
    ada = authors.create(new Author(null, "Ada", Ref.of(acme)));
    bob = authors.create(new Author(null, "Bob", null));
    posts.create(new Post(null, "p1", Ref.of(ada), List.of(Ref.of(bob), Ref.to(ada.id()))));
    posts.create(new Post(null, "p2", Ref.to(bob.id()), List.of()));
    posts.create(new Post(null, "p3", Ref.to(new ObjectId()), List.of(Ref.to(new ObjectId()))));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private long findsOn(String collection) {
    return commands.named("find").stream()
        .filter(c -> c.getString("find").getValue().equals(collection))
        .count();
  }

  @Test
  void aReferenceIsStoredAsTheIdOnly() {
    Document raw = posts.connection().collection("posts").find(new Document("title", "p1")).first();
    assertEquals(ada.id(), raw.get("author"), "Ref.of(ada) stores ada's _id");
    assertEquals(List.of(bob.id(), ada.id()), raw.getList("readers", Object.class));
    Post loaded = posts.findOne(PostSchema.AUTHOR.eq(ada.id())).orElseThrow();
    assertFalse(loaded.author().isPopulated(), "an unpopulated Ref has only its id");
    assertEquals(Optional.empty(), loaded.author().value());
    assertEquals(ada.id(), loaded.author().id());
    assertEquals(Ref.to(ada.id()), loaded.author(), "refs are equal by id");
  }

  @Test
  void populateRunsOneInFindPerPath() {
    long before = findsOn("authors");
    List<Post> all =
        posts
            .find()
            .sort(Sort.raw(new Document("title", 1)))
            .populate(PostSchema.AUTHOR)
            .populate(PostSchema.READERS)
            .list();
    assertEquals(2, findsOn("authors") - before, "one $in find for author, one for readers");
    BsonDocument lastAuthors =
        commands.named("find").stream()
            .filter(c -> c.getString("find").getValue().equals("authors"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertTrue(lastAuthors.getDocument("filter").getDocument("_id").containsKey("$in"));
    assertEquals("Ada", all.get(0).author().value().orElseThrow().name());
    assertEquals(
        List.of("Bob", "Ada"),
        all.get(0).readers().stream().map(r -> r.value().orElseThrow().name()).toList());
    assertEquals("Bob", all.get(1).author().value().orElseThrow().name());
    assertFalse(all.get(2).author().isPopulated(), "a missing target leaves the reference empty");
    assertEquals(Optional.empty(), all.get(2).readers().get(0).value());
  }

  @Test
  void chainedPathPopulatesTheDocumentsFound() {
    long authorsBefore = findsOn("authors");
    long companiesBefore = findsOn("companies");
    List<Post> p1 = repository.findByTitleOrderByTitleAsc("p1");
    assertEquals(1, findsOn("authors") - authorsBefore);
    assertEquals(1, findsOn("companies") - companiesBefore);
    Author author = p1.get(0).author().value().orElseThrow();
    assertEquals("Acme", author.employer().value().orElseThrow().name());
  }

  @Test
  void repositoryPopulateByAnnotationAndParameter() {
    long before = findsOn("authors");
    List<Post> found = repository.findByTitleStartingWithOrderByTitleAsc("p");
    assertEquals(1, findsOn("authors") - before, "three posts, one find for their authors");
    assertEquals(
        List.of(true, true, false), found.stream().map(p -> p.author().isPopulated()).toList());
    Post p1 = repository.findByTitle("p1").orElseThrow();
    assertTrue(p1.readers().get(0).isPopulated());
    List<Post> byParameter =
        repository.findByTitleContainingOrderByTitleAsc("2", PostSchema.AUTHOR);
    assertEquals("Bob", byParameter.get(0).author().value().orElseThrow().name());
    List<Post> async = repository.findByTitleEndingWithOrderByTitleAsc("1").join();
    assertEquals("Ada", async.get(0).readers().get(1).value().orElseThrow().name());
  }

  @Test
  void nothingToPopulateSendsNoQuery() {
    long before = findsOn("authors");
    List<Post> p2 = posts.find(PostSchema.TITLE.eq("p2")).populate(PostSchema.READERS).list();
    assertEquals(0, findsOn("authors") - before, "p2 has no readers: no $in query");
    assertTrue(p2.get(0).readers().isEmpty());
  }

  @Test
  void refOfADocumentWithoutIdFailsClearly() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Ref.of(new Company(null, "NoId")).id());
    assertTrue(e.getMessage().contains("has no _id yet"), e.getMessage());
  }
}
