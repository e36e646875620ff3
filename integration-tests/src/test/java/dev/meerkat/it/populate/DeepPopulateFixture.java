package dev.meerkat.it.populate;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Ref;
import dev.meerkat.it.SentCommands;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The data both deep-populate test classes start from: members who refer to each other in a cycle
 * (A -> B -> A) and to themselves, a team, articles holding references inside subdocuments, and the
 * finds the driver sent (its CommandListener).
 */
@MongoTest
abstract class DeepPopulateFixture {
  final MeerkatInstance meerkat = Meerkat.newInstance();
  final SentCommands commands = new SentCommands();
  final ObjectId ada = new ObjectId();
  final ObjectId bob = new ObjectId();
  final ObjectId cy = new ObjectId();
  final ObjectId red = new ObjectId();
  final ObjectId missing = new ObjectId();
  Model<Article> articles;
  Model<Member> members;

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

  List<BsonDocument> findsOn(String collection) {
    return commands.named("find").stream()
        .filter(c -> c.getString("find").getValue().equals(collection))
        .toList();
  }

  /** The ids of the last {@code $in} find on {@code collection}. */
  List<BsonValue> lastInIds(String collection) {
    List<BsonDocument> finds = findsOn(collection);
    BsonDocument filter = finds.get(finds.size() - 1).getDocument("filter");
    return filter.getDocument("_id").getArray("$in").getValues();
  }

  static String name(Ref<Member> ref) {
    return ref.value().orElseThrow().name();
  }

  Article intro() {
    return articles.findOne(ArticleSchema.TITLE.eq("Intro")).orElseThrow();
  }
}
