package dev.meerkat.it.types;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.MaxLength;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import dev.meerkat.it.Address;
import dev.meerkat.it.Role;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.types.ObjectId;

/** Optional fields, offset and zoned times, and maps keyed by enum, UUID and ObjectId. */
@Schema
@Model
public record Subscriber(
    @Id ObjectId id,
    @Indexed(unique = true, sparse = true) Optional<String> email,
    @MaxLength(8) Optional<String> nick,
    Optional<Role> role,
    Optional<Address> billing,
    OffsetDateTime openedAt,
    ZonedDateTime lastLogin,
    Map<Role, Integer> limits,
    Map<UUID, String> devices,
    Map<ObjectId, Integer> votes) {}
