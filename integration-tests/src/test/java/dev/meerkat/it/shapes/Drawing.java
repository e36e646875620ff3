package dev.meerkat.it.shapes;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import java.util.List;
import org.bson.types.ObjectId;

/** Embeds the hierarchy: each subdocument is stored with its discriminator. */
@Schema
@Model
public record Drawing(@Id ObjectId id, Shape main, List<Shape> shapes) {}
