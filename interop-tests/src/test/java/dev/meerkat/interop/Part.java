package dev.meerkat.interop;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** An element of {@link Gadget#parts()}: Mongoose's {@code [new Schema({label, weight})]}. */
@Schema
public record Part(@Id ObjectId id, @Required String label, Double weight) {
  /** A part without an id: Meerkat generates its {@code _id} on insert, as Mongoose does. */
  public Part(String label, Double weight) {
    this(null, label, weight);
  }
}
