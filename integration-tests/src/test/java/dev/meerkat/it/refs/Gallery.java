package dev.meerkat.it.refs;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import dev.meerkat.it.shapes.Circle;
import dev.meerkat.it.shapes.Shape;
import java.util.List;
import org.bson.types.ObjectId;

/** Refers to a sealed hierarchy: to its base ({@code cover}, {@code items}) and to a subtype. */
@Schema(collection = "galleries")
public record Gallery(
    @Id ObjectId id, String name, Ref<Shape> cover, List<Ref<Shape>> items, Ref<Circle> round) {}
