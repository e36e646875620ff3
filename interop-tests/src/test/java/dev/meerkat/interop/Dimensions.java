package dev.meerkat.interop;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** {@link Gadget#dims()}: Mongoose's single nested {@code new Schema({width, height})}. */
@Schema
public record Dimensions(@Id ObjectId id, Integer width, Integer height) {
  /** Dimensions without an id: Meerkat generates its {@code _id} on insert, as Mongoose does. */
  public Dimensions(Integer width, Integer height) {
    this(null, width, height);
  }
}
