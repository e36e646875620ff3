/**
 * Multi-tenancy: the per-tenant connection pools behind {@code TenantConnections}, with leases and
 * eviction.
 *
 * <p>Not public API: it may change at any time.
 */
package dev.meerkat.internal.tenancy;
