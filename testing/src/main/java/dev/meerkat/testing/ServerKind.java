package dev.meerkat.testing;

/** Where the MongoDB server behind a {@link MongoServer} comes from. Immutable and thread-safe. */
public enum ServerKind {
  /**
   * A server named by {@code MONGODB_URI} (or system property {@code meerkat.test.mongodb.uri}).
   */
  EXTERNAL,
  /** A {@code mongo} container started through Testcontainers because a Docker engine answered. */
  TESTCONTAINERS,
  /** The in-process wire-protocol server {@code de.bwaldvogel:mongo-java-server} on 127.0.0.1. */
  EMBEDDED
}
