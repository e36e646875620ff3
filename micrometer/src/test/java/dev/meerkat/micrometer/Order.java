package dev.meerkat.micrometer;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A document type for the meters' model tag. */
@Schema
@Model("Order")
public record Order(@Id ObjectId id, String item) {}
