package dev.meerkat.it.repo;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** Referenced by posts; refers to its company in turn. */
@Schema(collection = "authors")
public record Author(@Id ObjectId id, String name, Ref<Company> employer) {}
