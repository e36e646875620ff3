package dev.meerkat.it.cursors;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A numbered document: enough of them need more than one batch of a cursor. */
@Schema
@Model("Tally")
public record Tally(@Id ObjectId id, @Required int n) {}
