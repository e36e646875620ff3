package dev.meerkat.it.shapes;

import dev.meerkat.annotations.DiscriminatorValue;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A subtype with its own discriminator value. */
@Schema
@Model
@DiscriminatorValue("sq")
public record Square(@Id ObjectId id, String name, @Required double side) implements Shape {}
