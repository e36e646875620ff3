package dev.meerkat.it.di;

import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A customer of the shop the DI tests inject. */
@Schema
@Model
public record Customer(ObjectId id, String name) {}
