package dev.meerkat.it.writes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;

/** A document whose {@code _id} is a string (generated as an ObjectId's hex when null). */
@Schema
@Model
public record StringKeyed(@Id String id, String name) {}
