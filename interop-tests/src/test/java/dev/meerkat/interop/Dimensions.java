package dev.meerkat.interop;

import dev.meerkat.annotations.Schema;

/** {@link Gadget#dims()}: Mongoose's single nested {@code new Schema({width, height})}. */
@Schema
public record Dimensions(Integer width, Integer height) {}
