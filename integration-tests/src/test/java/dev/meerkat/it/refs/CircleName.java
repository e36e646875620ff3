package dev.meerkat.it.refs;

import dev.meerkat.annotations.Projection;
import dev.meerkat.it.shapes.Circle;

/** A projection of a discriminator subtype. */
@Projection(Circle.class)
public record CircleName(String name, double radius) {}
