package dev.meerkat.spring.boot;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A document of the test application. */
@Schema
@Model("Order")
public record Order(@Id ObjectId id, String item) {}
