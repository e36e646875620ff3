/**
 * What Meerkat reports about itself: the debug command log, command summaries, operation observers
 * and pool statistics.
 *
 * <p>Not public API: it may change at any time.
 */
package dev.meerkat.internal.monitoring;
