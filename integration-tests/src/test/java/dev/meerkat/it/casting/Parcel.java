package dev.meerkat.it.casting;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A subdocument with Mongoose's {@code _id: false}: none is generated for it. */
@Schema(id = false)
public record Parcel(@Id ObjectId id, String label) {}
