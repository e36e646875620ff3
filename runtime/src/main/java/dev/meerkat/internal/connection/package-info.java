/**
 * A connection's life: its state machine and eight events, the buffer that holds operations until
 * the connection opens and flushes them, server re-checks, the driver client, and the models
 * registered on each connection.
 *
 * <p>Not public API: it may change at any time.
 */
package dev.meerkat.internal.connection;
