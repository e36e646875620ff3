package dev.meerkat.it.inject;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** An unversioned document that several threads write at once. */
@Schema(timestamps = true)
@Model
public record Plain(
    @Id ObjectId id,
    String owner,
    @Required long total,
    java.time.Instant createdAt,
    java.time.Instant updatedAt) {}
