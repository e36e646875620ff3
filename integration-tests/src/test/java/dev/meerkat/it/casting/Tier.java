package dev.meerkat.it.casting;

/** A customer tier, stored by name. */
public enum Tier {
  BRONZE,
  SILVER,
  GOLD
}
