package dev.meerkat.it.shapes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A subtype stored with the default discriminator value, its model name {@code Circle}. */
@Schema
@Model
public record Circle(@Id ObjectId id, String name, @Min(0) @Required double radius)
    implements Shape {}
