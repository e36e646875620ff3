package dev.meerkat.it.repo;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** The end of a two-step populate chain. */
@Schema(collection = "companies")
public record Company(@Id ObjectId id, String name) {}
