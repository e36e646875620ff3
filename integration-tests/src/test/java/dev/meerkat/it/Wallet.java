package dev.meerkat.it;

import dev.meerkat.annotations.Enum;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Match;
import dev.meerkat.annotations.Max;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.MinLength;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * A schema with every kind of validator and timestamps, for update validation and timestamps on
 * writes.
 */
@Schema(timestamps = true)
@Model
public record Wallet(
    @Id ObjectId id,
    @Required @MinLength(2) String name,
    @Match("^[^@]+@[^@]+$") String email,
    @Min(0) @Max(1000) @Required long balance,
    @Enum({"bronze", "silver", "gold"}) String tier,
    Role role,
    Address address,
    List<Address> history,
    Instant createdAt,
    Instant updatedAt) {

  /** A valid wallet. */
  static Wallet of(String name, long balance) {
    return new Wallet(
        null,
        name,
        name + "@example.com",
        balance,
        "bronze",
        Role.MEMBER,
        new Address("1 Main St", "Paris", "75001"),
        List.of(),
        null,
        null);
  }
}
