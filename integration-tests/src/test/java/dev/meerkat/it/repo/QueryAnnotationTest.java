package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.Role;
import dev.meerkat.it.SentCommands;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Query} methods: placeholders bound as values, sort and projection, against a real server.
 */
@MongoTest
class QueryAnnotationTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands commands = new SentCommands();
  private AccountRepository accounts;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri(), commands.options()).join();
    accounts = AccountRepositoryImpl.on(conn);
    conn.model(AccountSchema.INSTANCE).deleteMany(Filter.empty());
    accounts.saveAll(
        List.of(
            Account.of("Ada", 36, Role.ADMIN, "London"),
            Account.of("Bob", 17, Role.MEMBER, "Paris"),
            Account.of("Cy", 25, Role.MEMBER, "London"),
            Account.of("Cy", 30, Role.GUEST, "Rome")));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static List<String> names(List<Account> found) {
    return found.stream().map(Account::name).toList();
  }

  @Test
  void positionalPlaceholderUsesTheStoredKey() {
    assertEquals(List.of("Ada", "Cy", "Cy"), names(accounts.adults(18)).stream().sorted().toList());
    assertEquals(
        List.of("Ada", "Cy"),
        names(accounts.adults(30)).stream().sorted().toList(),
        "$gte includes 30");
    BsonDocument find = commands.named("find").get(commands.named("find").size() - 1);
    assertEquals(BsonDocument.parse("{a: {$gte: 30}}"), find.getDocument("filter"));
  }

  @Test
  void namedPlaceholderAndSort() {
    assertEquals(
        List.of(30, 25),
        accounts.named("Cy").stream().map(Account::age).toList(),
        "sorted by a descending");
  }

  @Test
  void operatorsAndEnumsInsideTheJson() {
    assertEquals(
        List.of("Ada", "Cy"),
        names(accounts.roleOrCity(Role.GUEST, "London")).stream().distinct().toList());
    assertEquals(3, accounts.roleOrCity(Role.GUEST, "London").size());
    assertEquals(2, accounts.countRole(Role.MEMBER));
  }

  @Test
  void aStringThatLooksLikeAnOperatorStaysAValue() {
    assertEquals(
        List.of(), accounts.named("{ $ne: null }"), "the text is compared as a name, not parsed");
    assertEquals(List.of(), accounts.named("{\"$gt\": \"\"}"));
    BsonDocument find = commands.named("find").get(commands.named("find").size() - 1);
    assertEquals("{\"$gt\": \"\"}", find.getDocument("filter").getString("name").getValue());
    assertEquals(0, accounts.countRole(null), "null binds as null, matching no stored role");
  }

  @Test
  void projectionSendsOnlyTheNamedFields() {
    Account ada = accounts.nameOnly("ada@example.com").orElseThrow();
    assertEquals("Ada", ada.name());
    assertNull(ada.email(), "fields left out decode as their defaults");
    assertEquals(0, ada.age());
    BsonDocument find = commands.named("find").get(commands.named("find").size() - 1);
    assertEquals(BsonDocument.parse("{name: 1}"), find.getDocument("projection"));
  }
}
