package io.credpath.search;

import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import java.util.OptionalDouble;

/** One credential in a result page, with the fields a result list shows. */
public record CredentialHit(String id, String title, CredentialType type, String provider, double cost, double hours,
    OptionalDouble rating, int level) {
  /** The hit for a catalogue credential. */
  public static CredentialHit of(Credential c) {
    return new CredentialHit(c.id(), c.title(), c.type(), c.provider(), c.cost().total(), c.hours(), c.rating(), c.level());
  }
}
