package dev.meerkat.it.populate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Ref;
import dev.meerkat.Sort;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Populate through subdocuments and along paths of any depth, on the real server: one {@code $in}
 * find per path level (counted with the driver's CommandListener), cycles that end with the path,
 * missing targets, list order and duplicates.
 */
@MongoTest
class DeepPopulateTest extends DeepPopulateFixture {
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
}
