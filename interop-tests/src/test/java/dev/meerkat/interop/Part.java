package dev.meerkat.interop;

import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;

/** An element of {@link Gadget#parts()}: Mongoose's {@code [new Schema({label, weight})]}. */
@Schema
public record Part(@Required String label, Double weight) {}
