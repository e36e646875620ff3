package dev.meerkat.it.repo;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.it.Address;
import dev.meerkat.it.Role;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * The entity of the repository tests: a renamed key, an enum, a boolean, a subdocument and arrays.
 */
@Schema(collection = "accounts")
public record Account(
    @Id ObjectId id,
    @Required String name,
    String email,
    @Field("a") @Required int age,
    Role role,
    @Required boolean active,
    Address address,
    List<String> tags,
    List<Address> previous) {

  /** An account with the fields most tests care about. */
  public static Account of(String name, int age, Role role, String city, String... tags) {
    return new Account(
        null,
        name,
        name.toLowerCase(java.util.Locale.ROOT) + "@example.com",
        age,
        role,
        age >= 18,
        new Address("1 Main St", city, "000"),
        List.of(tags),
        List.of());
  }
}
