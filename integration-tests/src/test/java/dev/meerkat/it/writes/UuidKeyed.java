package dev.meerkat.it.writes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import java.util.UUID;

/** A document whose {@code _id} is a UUID, which Meerkat cannot generate. */
@Schema
@Model
public record UuidKeyed(@Id UUID id, String name) {}
