package dev.meerkat.examples;

import dev.meerkat.Connection;
import dev.meerkat.TenantConnections;
import dev.meerkat.UseDbOptions;
import java.util.List;
import org.bson.Document;

/**
 * Members per tenant, with Mongoose's first multi-tenancy pattern: one connection and pool, one
 * database per tenant through {@code useDb(name, cached)}, so each tenant's models are registered
 * once and reused.
 */
final class MemberDirectory {
  private final Connection shared;

  MemberDirectory(Connection shared) {
    this.shared = shared;
  }

  /** The tenant's members model; rejects tenant ids that would make a bad database name. */
  MemberModel members(String tenantId) {
    TenantConnections.validateTenantId(tenantId);
    return MemberModel.on(shared.useDb(shared.name() + "_" + tenantId, UseDbOptions.cached()));
  }

  Member add(String tenantId, Document body) {
    return members(tenantId).create(Member.fromJson(body));
  }

  List<Member> list(String tenantId) {
    return members(tenantId).find().sort(MemberSchema.NAME.asc()).list();
  }
}
