package dev.meerkat.it;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** The default, {@code strict = true}: keys the schema does not declare are dropped. */
@Schema(collection = "stricts")
@Model
public record Strict(@Id ObjectId id, String name) {}
