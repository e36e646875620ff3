package dev.meerkat.it.writes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import java.util.Map;
import org.bson.types.ObjectId;

/** A document with a map field, whose keys are stored as field names. */
@Schema
@Model
public record Tagged(@Id ObjectId id, String name, Map<String, String> labels) {}
