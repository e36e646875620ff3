package dev.meerkat.it;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Version;
import org.bson.types.ObjectId;

/** A record with optimistic concurrency: its version is stored as {@code __v}. */
@Schema
@Model
public record Account(
    @Id ObjectId id, String owner, @Required long balance, @Version long version) {

  Account withBalance(long newBalance) {
    return new Account(id, owner, newBalance, version);
  }
}
