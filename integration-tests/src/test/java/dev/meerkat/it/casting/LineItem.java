package dev.meerkat.it.casting;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A subdocument with its own {@code _id}, as Mongoose gives every subdocument one. */
@Schema
public record LineItem(@Id ObjectId id, String sku, Integer quantity) {}
