package dev.meerkat.it.writes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;

/** A document whose {@code _id} is a subdocument. */
@Schema
@Model
public record EmbeddedKeyed(@Id EmbeddedKey id, String name) {}
