/**
 * Not API: the compile-time check that explains a missing Meerkat processor. May change at any
 * time.
 */
package dev.meerkat.annotations.internal;
