package dev.meerkat.it;

import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;

/** A subdocument schema (no {@code @Model}: it has no collection of its own). */
@Schema
public record Address(@Required String street, String city, String zip) {}
