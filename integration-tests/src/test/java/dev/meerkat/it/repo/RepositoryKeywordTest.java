package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Sort;
import dev.meerkat.it.Address;
import dev.meerkat.it.Role;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every predicate keyword of a derived method, against a real server. */
@MongoTest
class RepositoryKeywordTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private AccountRepository accounts;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri()).join();
    accounts = AccountRepositoryImpl.on(conn);
    conn.model(AccountSchema.INSTANCE).deleteMany(Filter.empty());
    accounts.saveAll(
        List.of(
            Account.of("Ada", 36, Role.ADMIN, "London", "math", "code"),
            Account.of("Bob", 17, Role.MEMBER, "Paris", "music"),
            Account.of("Cy", 25, Role.MEMBER, "London", "code"),
            Account.of("Dee", 52, Role.GUEST, "Rome"),
            new Account(
                null,
                "Eve.*",
                null,
                40,
                Role.GUEST,
                true,
                new Address("2 Side St", "Paris", "111"),
                List.of(),
                List.of(new Address("3 Old Rd", "Oslo", "222")))));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static List<String> names(List<Account> found) {
    return found.stream().map(Account::name).toList();
  }

  @Test
  void equalityAndNegation() {
    assertEquals(List.of("Ada"), names(accounts.findByName("Ada")));
    assertEquals(List.of("Ada"), names(accounts.findByNameIs("Ada")));
    assertEquals(List.of("Ada"), names(accounts.findByNameEquals("Ada")));
    assertEquals(List.of(), names(accounts.findByName("ada")), "equality is case-sensitive");
    assertEquals(
        Set.of("Bob", "Cy", "Dee", "Eve.*"), Set.copyOf(names(accounts.findByNameNot("Ada"))));
    assertEquals(List.of("Ada"), names(accounts.findByNameIgnoreCase("aDA")));
    assertEquals(
        List.of(),
        names(accounts.findByNameIgnoreCase("ad")),
        "IgnoreCase still matches the whole value");
  }

  @Test
  void comparisonsAtTheirBoundaries() {
    assertEquals(
        List.of("Ada", "Dee", "Eve.*"), names(accounts.findByAgeGreaterThanOrderByNameAsc(25)));
    assertEquals(
        List.of("Ada", "Cy", "Dee", "Eve.*"),
        names(accounts.findByAgeGreaterThanEqualOrderByNameAsc(25)));
    assertEquals(List.of("Bob"), names(accounts.findByAgeLessThanOrderByNameAsc(25)));
    assertEquals(List.of("Bob", "Cy"), names(accounts.findByAgeLessThanEqualOrderByNameAsc(25)));
    assertEquals(
        List.of("Ada"),
        names(accounts.findByAgeBetweenOrderByNameAsc(25, 40)),
        "Between excludes both ends");
    assertEquals(
        List.of("Ada", "Cy", "Eve.*"), names(accounts.findByAgeBetweenOrderByNameAsc(24, 41)));
  }

  @Test
  void inAndNotIn() {
    assertEquals(
        List.of("Ada", "Dee", "Eve.*"),
        names(accounts.findByRoleInOrderByNameAsc(List.of(Role.ADMIN, Role.GUEST))));
    assertEquals(List.of(), names(accounts.findByRoleInOrderByNameAsc(List.of())));
    assertEquals(
        List.of("Bob", "Cy"),
        names(accounts.findByRoleNotInOrderByNameAsc(Role.ADMIN, Role.GUEST)));
    assertEquals(
        List.of("Ada", "Cy"),
        names(accounts.findDistinctByTagsIn(List.of("code", "math"))),
        "Ada matches two tags but is returned once");
  }

  @Test
  void stringKeywordsQuoteTheirValue() {
    assertEquals(List.of("Ada"), names(accounts.findByNameStartingWithOrderByNameAsc("A")));
    assertEquals(List.of(), names(accounts.findByNameStartingWithOrderByNameAsc("a")));
    assertEquals(
        List.of("Ada"), names(accounts.findByNameStartingWithIgnoreCaseOrderByNameAsc("a")));
    assertEquals(List.of("Ada"), names(accounts.findByNameEndingWithOrderByNameAsc("da")));
    assertEquals(List.of("Dee", "Eve.*"), names(accounts.findByNameContainingOrderByNameAsc("e")));
    assertEquals(
        List.of("Ada", "Bob", "Cy"), names(accounts.findByNameNotContainingOrderByNameAsc("e")));
    // Regex syntax in a StartingWith/Containing value is matched literally.
    assertEquals(List.of("Eve.*"), names(accounts.findByNameContainingOrderByNameAsc(".*")));
    assertEquals(List.of(), names(accounts.findByNameStartingWithOrderByNameAsc(".")));
    assertEquals(List.of("Ada"), names(accounts.findByNameLikeOrderByNameAsc("*d*")));
    assertEquals(List.of("Dee", "Eve.*"), names(accounts.findByNameLikeOrderByNameAsc("*e*")));
    assertEquals(List.of("Ada"), names(accounts.findByNameLikeOrderByNameAsc("A*")));
    assertEquals(
        List.of(),
        names(accounts.findByNameLikeOrderByNameAsc("d")),
        "Like without * is the whole value");
    assertEquals(
        List.of("Bob", "Cy", "Dee", "Eve.*"),
        names(accounts.findByNameNotLikeOrderByNameAsc("*d*")));
    assertEquals(List.of("Bob", "Cy"), names(accounts.findByNameMatchesOrderByNameAsc("^[BC]")));
    assertEquals(
        List.of("Cy", "Bob"),
        names(
            accounts.findByNameMatchesOrderByNameDesc(
                Pattern.compile("^[bc]", Pattern.CASE_INSENSITIVE))));
  }

  @Test
  void existenceNullAndBooleans() {
    assertEquals(
        List.of("Ada", "Bob", "Cy", "Dee"), names(accounts.findByEmailExistsOrderByNameAsc(true)));
    assertEquals(
        List.of("Eve.*"),
        names(accounts.findByEmailExistsOrderByNameAsc(false)),
        "a null email is not stored, so it does not exist");
    assertEquals(List.of("Eve.*"), names(accounts.findByEmailIsNullOrderByNameAsc()));
    assertEquals(
        List.of("Ada", "Bob", "Cy", "Dee"), names(accounts.findByEmailIsNotNullOrderByNameAsc()));
    assertEquals(
        List.of("Ada", "Cy", "Dee", "Eve.*"), names(accounts.findByActiveTrueOrderByNameAsc()));
    assertEquals(List.of("Bob"), names(accounts.findByActiveFalseOrderByNameAsc()));
  }

  @Test
  void nestedPropertiesAndArrays() {
    assertEquals(List.of("Ada", "Cy"), names(accounts.findByAddressCityOrderByNameAsc("London")));
    assertEquals(List.of("Eve.*"), names(accounts.findByPreviousCityOrderByNameAsc("Oslo")));
    assertEquals(List.of("Ada", "Cy"), names(accounts.findByTagsContainingOrderByNameAsc("code")));
    assertEquals(List.of("Bob"), names(accounts.findByTagsOrderByNameAsc("music")));
  }

  @Test
  void andOrAndOrdering() {
    assertEquals(
        List.of("Cy"), names(accounts.findByRoleAndAgeGreaterThanOrderByNameAsc(Role.MEMBER, 20)));
    assertEquals(List.of("Ada", "Dee"), names(accounts.findByNameOrAgeOrderByNameAsc("Ada", 52)));
    assertEquals(
        List.of("Dee", "Eve.*"), names(accounts.findByRoleOrderByAgeDescNameAsc(Role.GUEST)));
    assertEquals(
        List.of("Bob", "Cy"),
        names(accounts.findByRole(Role.MEMBER, Sort.raw(AccountSchema.AGE.asc()))));
    assertEquals(
        List.of("Cy", "Bob"),
        names(accounts.findByRole(Role.MEMBER, Sort.raw(AccountSchema.AGE.desc()))));
    assertEquals(2, accounts.findByRole(Role.MEMBER, null).size(), "a null Sort adds no order");
  }
}
