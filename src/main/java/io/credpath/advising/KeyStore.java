package io.credpath.advising;

import java.util.List;
import java.util.Optional;

/** API keys (stored hashed) and partner tenants. */
public interface KeyStore extends AutoCloseable {

  /** Creates a key; the returned secret is not stored and cannot be recovered later. */
  IssuedKey create(Role role, Optional<String> tenant, String label);

  /** Stores the hash of a secret chosen by the operator (the first admin key from the environment). */
  ApiKey importKey(Role role, String secret, String label);

  /** The active key whose secret this is, if any. */
  Optional<ApiKey> authenticate(String secret);

  /** Every key, newest first, revoked ones included; never secrets. */
  List<ApiKey> keys();

  /** Revokes a key; false when there is no such active key. */
  boolean revoke(String id);

  /** Whether any active admin key exists. */
  boolean hasActiveAdmin();

  /** Creates or replaces a tenant. */
  Tenant putTenant(Tenant tenant);

  /** The tenant with this id, if any. */
  Optional<Tenant> findTenant(String id);

  /** Every tenant, by id. */
  List<Tenant> tenants();

  @Override
  void close();
}
