package dev.meerkat.it;

/** An enum field type, stored by name. */
public enum Role {
  ADMIN,
  MEMBER,
  GUEST
}
