package dev.meerkat.it.repo;

import dev.meerkat.CrudRepository;
import dev.meerkat.Page;
import dev.meerkat.Pageable;
import dev.meerkat.Sort;
import dev.meerkat.annotations.Query;
import dev.meerkat.annotations.Repository;
import dev.meerkat.it.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.types.ObjectId;

/** Every keyword, subject and return type the processor derives. */
@Repository
public interface AccountRepository extends CrudRepository<Account, ObjectId> {
  // Keywords
  List<Account> findByName(String name);

  List<Account> findByNameIs(String name);

  List<Account> findByNameEquals(String name);

  List<Account> findByNameNot(String name);

  List<Account> findByAgeGreaterThanOrderByNameAsc(int age);

  List<Account> findByAgeGreaterThanEqualOrderByNameAsc(int age);

  List<Account> findByAgeLessThanOrderByNameAsc(int age);

  List<Account> findByAgeLessThanEqualOrderByNameAsc(int age);

  List<Account> findByAgeBetweenOrderByNameAsc(int from, int to);

  List<Account> findByRoleInOrderByNameAsc(Collection<Role> roles);

  List<Account> findByRoleNotInOrderByNameAsc(Role... roles);

  List<Account> findByNameStartingWithOrderByNameAsc(String prefix);

  List<Account> findByNameEndingWithOrderByNameAsc(String suffix);

  List<Account> findByNameContainingOrderByNameAsc(String part);

  List<Account> findByNameNotContainingOrderByNameAsc(String part);

  List<Account> findByNameLikeOrderByNameAsc(String pattern);

  List<Account> findByNameNotLikeOrderByNameAsc(String pattern);

  List<Account> findByNameMatchesOrderByNameAsc(String regex);

  List<Account> findByNameMatchesOrderByNameDesc(Pattern regex);

  List<Account> findByNameIgnoreCase(String name);

  List<Account> findByNameStartingWithIgnoreCaseOrderByNameAsc(String prefix);

  List<Account> findByEmailExistsOrderByNameAsc(boolean exists);

  List<Account> findByEmailIsNullOrderByNameAsc();

  List<Account> findByEmailIsNotNullOrderByNameAsc();

  List<Account> findByActiveTrueOrderByNameAsc();

  List<Account> findByActiveFalseOrderByNameAsc();

  List<Account> findByAddressCityOrderByNameAsc(String city);

  List<Account> findByPreviousCityOrderByNameAsc(String city);

  List<Account> findByTagsContainingOrderByNameAsc(String tag);

  List<Account> findByTagsOrderByNameAsc(String tag);

  List<Account> findByRoleAndAgeGreaterThanOrderByNameAsc(Role role, int age);

  List<Account> findByNameOrAgeOrderByNameAsc(String name, int age);

  List<Account> findByRoleOrderByAgeDescNameAsc(Role role);

  List<Account> findByRole(Role role, Sort<Account> sort);

  // Subjects
  Optional<Account> findFirstByRoleOrderByAgeAsc(Role role);

  List<Account> findTop2ByRoleOrderByAgeDesc(Role role);

  List<Account> findDistinctByTagsIn(List<String> tags);

  List<Account> readByRoleOrderByNameAsc(Role role);

  List<Account> getByRoleOrderByNameAsc(Role role);

  List<Account> queryByRoleOrderByNameAsc(Role role);

  Stream<Account> streamByRoleOrderByNameAsc(Role role);

  long countByRole(Role role);

  int countByActiveTrue();

  boolean existsByEmail(String email);

  long deleteByAgeLessThan(int age);

  void removeByName(String name);

  // Results
  Account findOneByEmail(String email);

  Optional<Account> findByEmail(String email);

  Page<Account> findByRoleOrderByNameAsc(Role role, Pageable page);

  List<Account> findByActiveTrue(Pageable page);

  List<AccountName> findByAddressCity(String city);

  Optional<AccountCity> findCityByEmail(String email);

  Page<AccountName> findNamesByRoleOrderByNameAsc(Role role, Pageable page);

  // @Query
  @Query("{ 'a': { $gte: ?0 } }")
  List<Account> adults(int minAge);

  @Query(value = "{ name: :name }", sort = "{ a: -1 }")
  List<Account> named(String name);

  @Query(value = "{ $or: [ { role: ?0 }, { 'address.city': ?1 } ] }", sort = "{ name: 1 }")
  List<Account> roleOrCity(Role role, String city);

  @Query(value = "{ email: ?0 }", projection = "{ name: 1 }")
  Optional<Account> nameOnly(String email);

  @Query("{ role: ?0 }")
  long countRole(Role role);

  // Async
  CompletableFuture<List<Account>> findByRoleOrderByAgeAsc(Role role);

  CompletableFuture<Optional<Account>> findFirstByNameOrderByAgeAsc(String name);

  CompletableFuture<Account> findOneByName(String name);

  CompletableFuture<Stream<Account>> streamByActiveTrueOrderByNameAsc();

  CompletableFuture<Page<Account>> findByActiveTrueOrderByNameAsc(Pageable page);

  CompletableFuture<Long> countByActiveFalse();

  CompletableFuture<Boolean> existsByName(String name);

  CompletableFuture<Void> deleteByName(String name);

  CompletableFuture<Integer> deleteByRole(Role role);
}
