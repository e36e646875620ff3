package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatException;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.Page;
import dev.meerkat.Pageable;
import dev.meerkat.it.Address;
import dev.meerkat.it.Role;
import dev.meerkat.it.SentCommands;
import dev.meerkat.it.UserSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @Projection} records: what the server is asked for and what comes back. */
@MongoTest
class ProjectionTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands commands = new SentCommands();
  private Connection conn;
  private AccountRepository accounts;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), commands.options()).join();
    accounts = AccountRepositoryImpl.on(conn);
    conn.model(AccountSchema.INSTANCE).deleteMany(Filter.empty());
    accounts.saveAll(
        List.of(
            Account.of("Ada", 36, Role.ADMIN, "London"),
            Account.of("Bob", 17, Role.MEMBER, "Paris"),
            Account.of("Cy", 25, Role.MEMBER, "London")));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private BsonDocument lastFind() {
    List<BsonDocument> finds = commands.named("find");
    return finds.get(finds.size() - 1);
  }

  @Test
  void repositoryMethodReturningAProjection() {
    List<AccountName> london = accounts.findByAddressCity("London");
    assertEquals(
        List.of(
            new AccountName("Ada", new Address("1 Main St", "London", "000")),
            new AccountName("Cy", new Address("1 Main St", "London", "000"))),
        london.stream().sorted(java.util.Comparator.comparing(AccountName::name)).toList());
    assertEquals(BsonDocument.parse("{name: 1, address: 1}"), lastFind().getDocument("projection"));
  }

  @Test
  void nestedProjectionAndRenamedKey() {
    AccountCity ada = accounts.findCityByEmail("ada@example.com").orElseThrow();
    assertEquals(new AccountCity("Ada", 36, new CityOnly("London")), ada);
    assertEquals(
        BsonDocument.parse("{name: 1, a: 1, 'address.city': 1}"),
        lastFind().getDocument("projection"));
  }

  @Test
  void pageOfProjections() {
    Page<AccountName> page =
        accounts.findNamesByRoleOrderByNameAsc(Role.MEMBER, Pageable.ofSize(1).withPage(1));
    assertEquals(List.of("Cy"), page.content().stream().map(AccountName::name).toList());
    assertEquals(2, page.totalElements());
  }

  @Test
  void queryProject() {
    Model<Account> model = conn.model(AccountSchema.INSTANCE);
    List<AccountName> names =
        model
            .find(AccountSchema.ROLE.eq(Role.MEMBER))
            .sort(AccountSchema.NAME.desc())
            .project(AccountName.class)
            .list();
    assertEquals(List.of("Cy", "Bob"), names.stream().map(AccountName::name).toList());
    BsonDocument find = lastFind();
    assertEquals(BsonDocument.parse("{name: 1, address: 1}"), find.getDocument("projection"));
    assertEquals(BsonDocument.parse("{name: -1}"), find.getDocument("sort"));
    assertEquals(
        "Ada",
        model
            .find(AccountSchema.NAME.eq("Ada"))
            .project(AccountName.class)
            .first()
            .orElseThrow()
            .name());
  }

  @Test
  void projectingAnotherSchemaOrAPlainClassFails() {
    Model<Account> model = conn.model(AccountSchema.INSTANCE);
    MeerkatException plain =
        assertThrows(MeerkatException.class, () -> model.find().project(String.class));
    assertTrue(plain.getMessage().contains("not a @Projection record"), plain.getMessage());
    MeerkatException other =
        assertThrows(
            MeerkatException.class,
            () -> conn.model(UserSchema.INSTANCE).find().project(AccountName.class));
    assertTrue(other.getMessage().contains("projects Account"), other.getMessage());
  }
}
