/**
 * Implementation of Meerkat's test-server support. Not API: anything here may change at any time.
 */
package dev.meerkat.testing.internal;
