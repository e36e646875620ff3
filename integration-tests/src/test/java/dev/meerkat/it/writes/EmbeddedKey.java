package dev.meerkat.it.writes;

import dev.meerkat.annotations.Schema;

/** A compound key stored as an embedded {@code _id} document. */
@Schema(id = false)
public record EmbeddedKey(String region, Integer number) {}
