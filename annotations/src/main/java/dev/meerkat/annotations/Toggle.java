package dev.meerkat.annotations;

/**
 * A three-way schema option: inherit the connection's (then the global) setting, or force it on or
 * off. Mongoose leaves such schema options {@code undefined} to inherit; Meerkat spells that {@link
 * #INHERIT}.
 */
public enum Toggle {
  /** Use the connection's option, else the global setting. */
  INHERIT,
  /** Force the option on for this schema. */
  ON,
  /** Force the option off for this schema. */
  OFF
}
