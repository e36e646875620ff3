package dev.meerkat.it.repo;

import dev.meerkat.annotations.Projection;
import dev.meerkat.it.Address;

/** A projection of the subdocument type: its city only. */
@Projection(Address.class)
public record CityOnly(String city) {}
