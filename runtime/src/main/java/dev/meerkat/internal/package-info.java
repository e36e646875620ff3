/** Meerkat's implementation. Not public API: it may change at any time. */
package dev.meerkat.internal;
