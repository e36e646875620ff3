/**
 * Models and queries: the typed operations a model runs against its collection, safe inserts and
 * whole-document writes with versions, bulk writes, distinct, hooks (middleware) and populate.
 *
 * <p>Not public API: it may change at any time.
 */
package dev.meerkat.internal.model;
