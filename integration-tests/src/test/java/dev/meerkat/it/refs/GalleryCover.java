package dev.meerkat.it.refs;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Projection;
import dev.meerkat.it.shapes.Shape;

/** A projection holding a reference. */
@Projection(Gallery.class)
public record GalleryCover(String name, Ref<Shape> cover) {}
