package io.credpath.advising;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API key may do: {@code admin} manages keys, tenants and reloads; {@code partner} belongs to a tenant and reads
 * and plans within its catalogue; {@code advisor} belongs to a tenant too, and also keeps that tenant's learners and saved
 * plans.
 */
public enum Role {
  ADMIN, PARTNER, ADVISOR;

  /** Whether keys of this role belong to a tenant (partners and advisors do; admins do not). */
  public boolean needsTenant() {
    return this != ADMIN;
  }

  /** The name stored and used over HTTP. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role with this wire name, if any. */
  public static Optional<Role> fromWire(String s) {
    return Arrays.stream(values()).filter(r -> r.wireName().equals(s)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
