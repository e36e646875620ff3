package dev.meerkat.it.shapes;

import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;

/**
 * The base of a discriminated hierarchy: circles and squares share the collection {@code shapes}.
 */
@Schema
@Model
public sealed interface Shape permits Circle, Square {}
