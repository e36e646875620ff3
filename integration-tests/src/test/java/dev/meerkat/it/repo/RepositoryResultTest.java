package dev.meerkat.it.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Page;
import dev.meerkat.Pageable;
import dev.meerkat.it.Role;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every subject and return type of a derived method, page arithmetic, and CRUD, against a real
 * server.
 */
@MongoTest
class RepositoryResultTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private AccountRepository accounts;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri()).join();
    accounts = AccountRepositoryImpl.on(conn);
    conn.model(AccountSchema.INSTANCE).deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private List<Account> members(int count) {
    List<Account> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(Account.of(String.format("m%02d", i), 20 + i, Role.MEMBER, "London"));
    }
    return accounts.saveAll(all);
  }

  private static List<String> names(List<Account> found) {
    return found.stream().map(Account::name).toList();
  }

  @Test
  void crudOperations() {
    Account ada = accounts.save(Account.of("Ada", 36, Role.ADMIN, "London"));
    assertNotNull(ada.id());
    assertEquals(Optional.of(ada), accounts.findById(ada.id()));
    assertTrue(accounts.existsById(ada.id()));
    assertEquals(1, accounts.count());
    Account older =
        accounts.save(
            new Account(
                ada.id(),
                "Ada",
                ada.email(),
                37,
                Role.ADMIN,
                true,
                ada.address(),
                List.of(),
                List.of()));
    assertEquals(37, accounts.findById(ada.id()).orElseThrow().age(), "save with an id replaces");
    assertEquals(1, accounts.count());
    List<Account> all = new ArrayList<>();
    accounts.findAll().forEach(all::add);
    assertEquals(List.of(older), all);
    accounts.delete(older);
    assertFalse(accounts.existsById(ada.id()));
    Account bob = accounts.save(Account.of("Bob", 20, Role.MEMBER, "Paris"));
    accounts.deleteById(bob.id());
    assertEquals(0, accounts.count());
  }

  @Test
  void subjects() {
    members(5);
    accounts.save(Account.of("Ada", 36, Role.ADMIN, "London", "x"));
    assertEquals("m00", accounts.findFirstByRoleOrderByAgeAsc(Role.MEMBER).orElseThrow().name());
    assertEquals(Optional.empty(), accounts.findFirstByRoleOrderByAgeAsc(Role.GUEST));
    assertEquals(List.of("m04", "m03"), names(accounts.findTop2ByRoleOrderByAgeDesc(Role.MEMBER)));
    assertEquals(List.of("Ada"), names(accounts.readByRoleOrderByNameAsc(Role.ADMIN)));
    assertEquals(List.of("Ada"), names(accounts.getByRoleOrderByNameAsc(Role.ADMIN)));
    assertEquals(List.of("Ada"), names(accounts.queryByRoleOrderByNameAsc(Role.ADMIN)));
    try (Stream<Account> stream = accounts.streamByRoleOrderByNameAsc(Role.MEMBER)) {
      assertEquals(List.of("m00", "m01", "m02", "m03", "m04"), stream.map(Account::name).toList());
    }
    assertEquals(5, accounts.countByRole(Role.MEMBER));
    assertEquals(0, accounts.countByRole(Role.GUEST));
    assertEquals(6, accounts.countByActiveTrue());
    assertTrue(accounts.existsByEmail("ada@example.com"));
    assertFalse(accounts.existsByEmail("nobody@example.com"));
    assertEquals(2, accounts.deleteByAgeLessThan(22), "deletes m00 and m01, not m02 (22)");
    assertEquals(4, accounts.count());
    accounts.removeByName("Ada");
    assertEquals(3, accounts.count());
  }

  @Test
  void singleResults() {
    members(2);
    assertEquals("m01", accounts.findOneByEmail("m01@example.com").name());
    assertNull(
        accounts.findOneByEmail("none@example.com"),
        "a plain T result is null when nothing matches");
    assertEquals("m00", accounts.findByEmail("m00@example.com").orElseThrow().name());
    assertEquals(Optional.empty(), accounts.findByEmail("none@example.com"));
  }

  @Test
  void pageArithmetic() {
    members(7);
    Page<Account> first = accounts.findByRoleOrderByNameAsc(Role.MEMBER, Pageable.ofSize(3));
    assertEquals(List.of("m00", "m01", "m02"), names(first.content()));
    assertEquals(7, first.totalElements());
    assertEquals(3, first.totalPages(), "7 documents in pages of 3: 3, 3 and 1");
    assertEquals(0, first.number());
    Page<Account> last =
        accounts.findByRoleOrderByNameAsc(Role.MEMBER, Pageable.ofSize(3).withPage(2));
    assertEquals(List.of("m06"), names(last.content()));
    assertEquals(2, last.number());
    assertFalse(last.hasNext());
    Page<Account> past =
        accounts.findByRoleOrderByNameAsc(Role.MEMBER, Pageable.ofSize(3).withPage(3));
    assertEquals(List.of(), past.content(), "a page past the end is empty");
    assertEquals(7, past.totalElements());
    assertEquals(3, past.totalPages());
    Page<Account> exact = accounts.findByRoleOrderByNameAsc(Role.MEMBER, Pageable.ofSize(7));
    assertEquals(1, exact.totalPages(), "exactly one full page");
    Page<Account> none = accounts.findByRoleOrderByNameAsc(Role.GUEST, Pageable.ofSize(3));
    assertEquals(0, none.totalPages());
    assertEquals(List.of(), none.content());
  }

  @Test
  void pageSortComesAfterTheMethodsOrder() {
    accounts.save(Account.of("b", 21, Role.MEMBER, "x"));
    accounts.save(Account.of("a", 22, Role.MEMBER, "x"));
    accounts.save(Account.of("a", 21, Role.MEMBER, "x"));
    Page<Account> page =
        accounts.findByRoleOrderByNameAsc(
            Role.MEMBER,
            Pageable.ofSize(10).withSort(dev.meerkat.Sort.raw(AccountSchema.AGE.desc())));
    assertEquals(
        List.of(22, 21, 21),
        page.content().stream().map(Account::age).toList(),
        "name first (a, a, b), then age descending within a");
    List<Account> paged =
        accounts.findByActiveTrue(
            Pageable.ofSize(2).withPage(1).withSort(dev.meerkat.Sort.raw(AccountSchema.AGE.asc())));
    assertEquals(
        List.of(22),
        paged.stream().map(Account::age).toList(),
        "ages 21, 21 | 22: the second page of 2");
  }

  @Test
  void pageableRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> Pageable.ofSize(0));
    assertThrows(IllegalArgumentException.class, () -> Pageable.ofSize(1).withPage(-1));
    assertEquals(10, Pageable.ofSize(5).withPage(2).offset());
  }
}
