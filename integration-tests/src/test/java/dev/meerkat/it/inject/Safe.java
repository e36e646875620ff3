package dev.meerkat.it.inject;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Version;
import org.bson.types.ObjectId;

/** A versioned document that several threads write at once. */
@Schema(timestamps = true)
@Model
public record Safe(
    @Id ObjectId id,
    String owner,
    @Required long balance,
    @Version long version,
    java.time.Instant createdAt,
    java.time.Instant updatedAt) {

  Safe with(String newOwner, long newBalance) {
    return new Safe(id, newOwner, newBalance, version, createdAt, updatedAt);
  }
}
