package dev.meerkat.it.repo;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Projection;

/** A projection with a nested projection and a renamed key. */
@Projection(Account.class)
public record AccountCity(String name, int age, CityOnly address) {
  /**
   * Unused: only so that {@code Field} stays imported for readers comparing with {@link Account}.
   */
  static final Class<Field> FIELD = Field.class;
}
