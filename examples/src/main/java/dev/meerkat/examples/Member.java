package dev.meerkat.examples;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.Match;
import dev.meerkat.annotations.MaxLength;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import java.time.Instant;
import org.bson.Document;
import org.bson.types.ObjectId;

/** A user of one tenant: the demo's only document type (collection {@code members}). */
@Schema(timestamps = true)
@Model
public record Member(
    @Id ObjectId id,
    @Required @MaxLength(80) String name,
    @Required @Match("^[^@\\s]+@[^@\\s]+$") @Indexed(unique = true) String email,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A new member from a request body such as {@code {"name": "Ada", "email": "ada@example.com"}}.
   */
  static Member fromJson(Document body) {
    return new Member(null, body.getString("name"), body.getString("email"), null, null);
  }

  /** The member as the API returns it. */
  Document toJson() {
    return new Document("id", id.toHexString())
        .append("name", name)
        .append("email", email)
        .append("createdAt", createdAt.toString());
  }
}
