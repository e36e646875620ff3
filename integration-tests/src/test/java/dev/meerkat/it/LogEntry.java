package dev.meerkat.it;

import dev.meerkat.annotations.Capped;
import dev.meerkat.annotations.Collation;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import java.time.Instant;
import org.bson.types.ObjectId;

/**
 * A capped, collated collection with a TTL index: features the embedded server ignores or lacks.
 */
@Schema(
    capped = @Capped(size = 4096, max = 3),
    collation = @Collation(locale = "en_US", strength = 2))
@Model
public record LogEntry(
    @Id ObjectId id, String message, @Indexed(expireAfterSeconds = 3600) Instant at) {}
