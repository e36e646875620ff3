package dev.meerkat.it.writes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;

/** A document whose {@code _id} is a boxed long, which Meerkat cannot generate. */
@Schema
@Model
public record LongKeyed(@Id Long id, String name) {}
