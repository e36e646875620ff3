package dev.meerkat;

/**
 * {@link TenantConnections} could not admit a tenant: its limits are reached and every open tenant
 * is busy. Retry later, or raise {@code maxTenants} / {@code maxTotalSockets}. Immutable once
 * constructed; safe to share between threads.
 */
public final class TenantRejectedException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the tenant and the limit. */
  public TenantRejectedException(String message) {
    super(message);
  }
}
