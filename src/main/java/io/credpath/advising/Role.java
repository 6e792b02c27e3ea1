package io.credpath.advising;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may do: {@code admin} manages keys, tenants and reloads; {@code partner} belongs to a tenant. */
public enum Role {
  ADMIN, PARTNER;

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
