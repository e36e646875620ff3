package dev.meerkat.it;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Toggle;
import org.bson.types.ObjectId;

/** A schema that turns update validation off for itself. */
@Schema(updateValidators = Toggle.OFF)
@Model
public record Ledger(@Id ObjectId id, @Min(0) @Required long amount) {}
