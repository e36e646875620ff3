package dev.meerkat.testing;

/**
 * A feature a test may need from its MongoDB server. The embedded server (mongo-java-server) lacks
 * several of them; declare the need with {@link RequiresCapability} so the test is skipped with a
 * reason on such a server instead of passing for the wrong reason.
 *
 * <p>Which kind supports what:
 *
 * <ul>
 *   <li>{@link ServerKind#EMBEDDED}: only {@link #STOP_START}. It answers capped-collection
 *       creation with an error and accepts, but ignores, collation, TTL, partial filters,
 *       validators and non-unique indexes, so those are reported as unsupported too; it refuses
 *       pipeline updates.
 *   <li>{@link ServerKind#TESTCONTAINERS}: everything (a single-node replica set of a real mongod).
 *   <li>{@link ServerKind#EXTERNAL}: probed once when the server is resolved (replica set or
 *       mongos, sessions, {@code hello}, authentication commands); never {@link #STOP_START}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum Capability {
  /** The server is a replica set member (or a mongos), as transactions and change streams need. */
  REPLICA_SET,
  /** Multi-document transactions. */
  TRANSACTIONS,
  /** Logical sessions ({@code startSession}, {@code lsid} on commands). */
  SESSIONS,
  /** SCRAM authentication ({@code saslStart}, {@code createUser}). */
  AUTHENTICATION,
  /** Capped collections ({@code create} with {@code capped: true}). */
  CAPPED_COLLECTIONS,
  /** Collation that actually changes comparison and sorting. */
  COLLATION,
  /** TTL indexes whose documents really expire. */
  TTL_INDEXES,
  /** Partial indexes whose filter is honoured. */
  PARTIAL_INDEXES,
  /** Collection validators ({@code $jsonSchema}) that reject bad documents. */
  VALIDATORS,
  /** Change streams ({@code $changeStream}). */
  CHANGE_STREAMS,
  /** The {@code hello} command (needed by the driver's {@code ServerApi}). */
  HELLO_COMMAND,
  /** Updates given as an aggregation pipeline (MongoDB 4.2 and later). */
  PIPELINE_UPDATES,
  /** The test may stop the server and start it again on the same port. */
  STOP_START
}
