package dev.meerkat.benchmarks;

/** The customer's account status: stored by name by every codec in the benchmark. */
public enum Status {
  /** A customer who has not confirmed the account yet. */
  PENDING,
  /** A confirmed, active customer. */
  ACTIVE,
  /** A customer whose account is closed. */
  CLOSED
}
