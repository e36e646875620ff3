package dev.meerkat.it.repo;

import dev.meerkat.annotations.Projection;
import dev.meerkat.it.Address;

/** A projection: the name and the whole address. */
@Projection(Account.class)
public record AccountName(String name, Address address) {}
