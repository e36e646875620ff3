package dev.meerkat.it.populate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Populate through subdocuments and along paths of any depth, on the real server: one {@code $in}
 * find per path level (counted with the driver's CommandListener), cycles that end with the path,
 * missing targets, list order and duplicates.
 */
@MongoTest
class DeepPopulateTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands commands = new SentCommands();
  private final ObjectId ada = new ObjectId();
  private final ObjectId bob = new ObjectId();
  private final ObjectId cy = new ObjectId();
  private final ObjectId red = new ObjectId();
  private final ObjectId missing = new ObjectId();
  private Model<Article> articles;
  private Model<Member> members;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri(), commands.options()).join();
    articles = conn.model(ArticleSchema.INSTANCE);
    members = conn.model(MemberSchema.INSTANCE);
    Model<Team> teams = conn.model(TeamSchema.INSTANCE);
    for (Model<?> model : List.of(articles, members, teams)) {
      model.deleteMany(Filter.empty());
    }
    // Ada and Bob are each other's friends (A -> B -> A); Cy mentors Cy; Ada leads Red, her team.
    members.create(new Member(ada, "Ada", List.of(Ref.to(bob)), null, Ref.to(red)));
    members.create(new Member(bob, "Bob", List.of(Ref.to(ada)), null, null));
    members.create(new Member(cy, "Cy", List.of(), Ref.to(cy), null));
    teams.create(new Team(red, "Red", Ref.to(ada)));
    List<Ref<Member>> likes = List.of(Ref.to(bob), Ref.to(ada), Ref.to(bob), Ref.to(missing));
    articles.create(
        new Article(
            null,
            "Intro",
            Ref.to(ada),
            List.of(
                new Reply("r1", Ref.to(ada), likes),
                new Reply("r2", null, List.of()),
                new Reply("r3", Ref.to(bob), List.of()),
                new Reply("r4", Ref.to(missing), List.of())),
            new Review(Ref.to(cy), List.of(new Reply("n1", Ref.to(cy), List.of())))));
    articles.create(
        new Article(
            null, "Outro", Ref.to(bob), List.of(new Reply("r5", Ref.to(bob), List.of())), null));
    articles.create(new Article(null, "Lost", Ref.to(missing), List.of(), null));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private List<BsonDocument> findsOn(String collection) {
    return commands.named("find").stream()
        .filter(c -> c.getString("find").getValue().equals(collection))
        .toList();
  }

  /** The ids of the last {@code $in} find on {@code collection}. */
  private List<BsonValue> lastInIds(String collection) {
    List<BsonDocument> finds = findsOn(collection);
    BsonDocument filter = finds.get(finds.size() - 1).getDocument("filter");
    return filter.getDocument("_id").getArray("$in").getValues();
  }

  private static String name(Ref<Member> ref) {
    return ref.value().orElseThrow().name();
  }

  private Article intro() {
    return articles.findOne(ArticleSchema.TITLE.eq("Intro")).orElseThrow();
  }

  @Test
  void referencesInsideSubdocumentsAreStoredAsTheIdOnly() {
    Document raw =
        articles.connection().collection("articles").find(new Document("title", "Intro")).first();
    Document first = raw.getList("replies", Document.class).get(0);
    assertEquals(ada, first.get("by"), "a Ref in a subdocument is stored as the id, under its key");
    assertEquals(List.of(bob, ada, bob, missing), first.getList("likes", Object.class));
    assertEquals(cy, raw.get("review", Document.class).get("reviewer"));
    Reply loaded = intro().replies().get(0);
    assertFalse(loaded.author().isPopulated());
    assertEquals(ada, loaded.author().id());
    assertEquals(
        List.of("Intro"),
        articles.find(ArticleSchema.REPLIES_AUTHOR.eq(missing)).list().stream()
            .map(Article::title)
            .toList(),
        "the path constant filters on the stored, dotted key");
  }

  @Test
  void referencesInAListOfSubdocumentsLoadWithOneInFind() {
    int before = findsOn("members").size();
    List<Article> all =
        articles
            .find()
            .sort(Sort.raw(new Document("title", 1)))
            .populate(ArticleSchema.REPLIES_AUTHOR)
            .list();
    assertEquals(1, findsOn("members").size() - before, "one $in find for replies[].author");
    assertEquals(
        Set.of(ada, bob, missing),
        lastInIds("members").stream()
            .map(v -> v.asObjectId().getValue())
            .collect(Collectors.toSet()));
    assertEquals(
        3, lastInIds("members").size(), "every id once, across documents and subdocuments");
    List<Reply> replies = all.get(0).replies();
    assertEquals("Ada", name(replies.get(0).author()));
    assertNull(replies.get(1).author(), "a null reference is skipped and stays null");
    assertEquals("Bob", name(replies.get(2).author()));
    assertFalse(replies.get(3).author().isPopulated(), "a missing target stays unpopulated");
    assertEquals(Optional.empty(), replies.get(3).author().value());
    assertEquals(missing, replies.get(3).author().id(), "and keeps its id");
    assertTrue(all.get(1).replies().isEmpty(), "Lost has no replies");
    assertEquals("Bob", name(all.get(2).replies().get(0).author()));
  }

  @Test
  void listsOfReferencesKeepTheirOrderAndDuplicates() {
    int before = findsOn("members").size();
    Article article =
        articles
            .find(ArticleSchema.TITLE.eq("Intro"))
            .populate(ArticleSchema.REPLIES_LIKES)
            .list()
            .get(0);
    assertEquals(1, findsOn("members").size() - before);
    assertEquals(
        3, lastInIds("members").size(), "bob, ada, missing: the duplicate bob queried once");
    List<Ref<Member>> likes = article.replies().get(0).likes();
    assertEquals(4, likes.size());
    assertEquals(
        List.of("Bob", "Ada", "Bob"),
        likes.subList(0, 3).stream().map(DeepPopulateTest::name).toList());
    assertFalse(likes.get(3).isPopulated(), "the missing one stays in its place, unpopulated");
    assertEquals(missing, likes.get(3).id());
  }

  @Test
  void aThreeLevelPathRunsOneFindPerLevelAndEndsInACycle() {
    int before = findsOn("members").size();
    Article article =
        articles
            .find(ArticleSchema.TITLE.eq("Intro"))
            .populate(ArticleSchema.AUTHOR.then(MemberSchema.FRIENDS).then(MemberSchema.FRIENDS))
            .list()
            .get(0);
    List<BsonDocument> finds = findsOn("members");
    assertEquals(3, finds.size() - before, "author, author.friends, author.friends.friends");
    for (BsonDocument find : finds.subList(before, finds.size())) {
      assertTrue(find.getDocument("filter").getDocument("_id").containsKey("$in"), find.toJson());
    }
    Member author = article.author().value().orElseThrow();
    Member friend = author.friends().get(0).value().orElseThrow();
    Member friendOfFriend = friend.friends().get(0).value().orElseThrow();
    assertEquals(
        List.of("Ada", "Bob", "Ada"), List.of(author.name(), friend.name(), friendOfFriend.name()));
    assertFalse(
        friendOfFriend.friends().get(0).isPopulated(), "A -> B -> A: the path ends after 3 steps");
  }

  @Test
  void aDocumentReferringToItselfEndsWithThePath() {
    int before = findsOn("members").size();
    Member loaded =
        members
            .find(MemberSchema.NAME.eq("Cy"))
            .populate(MemberSchema.MENTOR.then(MemberSchema.MENTOR))
            .list()
            .get(0);
    assertEquals(
        3, findsOn("members").size() - before, "the query on members, then one find per step");
    Member mentor = loaded.mentor().value().orElseThrow();
    Member mentorsMentor = mentor.mentor().value().orElseThrow();
    assertEquals("Cy", mentorsMentor.name());
    assertFalse(mentorsMentor.mentor().isPopulated());
  }

  @Test
  void aCycleAcrossCollectionsEndsWithThePath() {
    int members0 = findsOn("members").size();
    int teams0 = findsOn("teams").size();
    Article article =
        articles
            .find(ArticleSchema.TITLE.eq("Intro"))
            .populate(
                ArticleSchema.AUTHOR
                    .then(MemberSchema.TEAM)
                    .then(TeamSchema.LEAD)
                    .then(MemberSchema.TEAM))
            .first()
            .orElseThrow();
    assertEquals(2, findsOn("members").size() - members0);
    assertEquals(2, findsOn("teams").size() - teams0);
    Team team = article.author().value().orElseThrow().team().value().orElseThrow();
    Member lead = team.lead().value().orElseThrow();
    Team leadsTeam = lead.team().value().orElseThrow();
    assertEquals("Red", leadsTeam.name());
    assertFalse(leadsTeam.lead().isPopulated());
  }

  @Test
  void pathsSharingTheirLeadingStepsShareTheirFinds() {
    int members0 = findsOn("members").size();
    int teams0 = findsOn("teams").size();
    Article article =
        articles
            .find(ArticleSchema.TITLE.eq("Intro"))
            .populate(ArticleSchema.AUTHOR.then(MemberSchema.FRIENDS))
            .populate(ArticleSchema.AUTHOR.then(MemberSchema.TEAM))
            .populate(ArticleSchema.AUTHOR)
            .list()
            .get(0);
    assertEquals(2, findsOn("members").size() - members0, "the authors once, then their friends");
    assertEquals(1, findsOn("teams").size() - teams0);
    Member author = article.author().value().orElseThrow();
    assertEquals("Bob", name(author.friends().get(0)));
    assertEquals("Red", author.team().value().orElseThrow().name());
  }

  @Test
  void aMissingTargetLeavesTheReferenceEmptyAndEndsThePath() {
    int before = findsOn("members").size();
    Article lost =
        articles
            .find(ArticleSchema.TITLE.eq("Lost"))
            .populate(ArticleSchema.AUTHOR.then(MemberSchema.FRIENDS).then(MemberSchema.FRIENDS))
            .list()
            .get(0);
    assertEquals(
        1, findsOn("members").size() - before, "nothing found: no find for the next levels");
    assertFalse(lost.author().isPopulated());
    assertEquals(Optional.empty(), lost.author().value());
    assertEquals(missing, lost.author().id());
  }

  @Test
  void repositoryPopulatesThroughSubdocumentsAndAlongDeepPaths() {
    ArticleRepository repository = ArticleRepositoryImpl.on(articles.connection());
    int before = findsOn("members").size();
    Article intro = repository.findByTitle("Intro").get(0);
    assertEquals(1, findsOn("members").size() - before);
    assertEquals("Ada", name(intro.replies().get(0).author()));

    before = findsOn("members").size();
    Article deep = repository.findFirstByTitle("Intro").orElseThrow();
    assertEquals(3, findsOn("members").size() - before);
    Member author = deep.author().value().orElseThrow();
    assertEquals("Ada", name(author.friends().get(0).value().orElseThrow().friends().get(0)));

    before = findsOn("members").size();
    List<Article> reviewed = repository.findByTitleEndingWith("ro");
    assertEquals(
        3, findsOn("members").size() - before, "review.notes[].author, its mentor, reviewer");
    Review review =
        reviewed.stream().filter(a -> a.review() != null).findFirst().orElseThrow().review();
    Member noteAuthor = review.notes().get(0).author().value().orElseThrow();
    assertEquals("Cy", name(noteAuthor.mentor()));
    assertEquals("Cy", name(review.reviewer()));
  }

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
        BsonDocument.parse("{title: 1, _id: 0}"),
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
