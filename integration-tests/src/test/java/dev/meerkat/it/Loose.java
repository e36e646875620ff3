package dev.meerkat.it;

import dev.meerkat.annotations.ExtraFields;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import org.bson.Document;
import org.bson.types.ObjectId;

/** {@code strict = false}: keys the schema does not declare are kept in {@link #extras()}. */
@Schema(strict = false)
@Model
public record Loose(@Id ObjectId id, String name, @ExtraFields Document extras) {}
