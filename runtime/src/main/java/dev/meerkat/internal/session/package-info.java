/**
 * Transactions: the session bound to the current transaction and the collection and model views
 * that join it.
 *
 * <p>Not public API: it may change at any time.
 */
package dev.meerkat.internal.session;
