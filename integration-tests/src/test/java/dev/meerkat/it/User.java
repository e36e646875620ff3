package dev.meerkat.it;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.Max;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** The README's example: a record with an index, a renamed key, a subdocument, a list and a map. */
@Schema(collection = "users")
@Model("User")
public record User(
    @Id ObjectId id,
    @Required String name,
    @Indexed(unique = true) String email,
    @Field("a") @Required @Min(0) @Max(150) int age,
    Role role,
    Address address,
    List<String> tags,
    Map<String, Integer> counters) {

  /** A user with only the fields most tests care about. */
  public static User of(String name, String email, int age) {
    return new User(null, name, email, age, Role.MEMBER, null, List.of(), Map.of());
  }
}
