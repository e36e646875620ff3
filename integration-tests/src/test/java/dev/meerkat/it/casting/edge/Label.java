package dev.meerkat.it.casting.edge;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;

/** A model whose id is a String, as many Java models declare it. */
@Schema
@Model("Label")
public record Label(@Id String id, String name) {}
