/**
 * Support code that generated schemas, models and factories call. Not public API: it may change at
 * any time, in step with the processor that generates the calls.
 */
package dev.meerkat.internal.generated;
