package io.credpath.rules;

import io.credpath.catalog.Credential;
import java.util.OptionalDouble;

/** Test helper: a copy of a credential with a learner rating (the shared builder has no rating). */
final class RatedCredential {
  private RatedCredential() {}

  static Credential of(Credential c, double rating) {
    return new Credential(c.id(), c.title(), c.type(), c.provider(), c.url(), c.description(), c.cost(), c.hours(),
        c.minWeeks(), c.maxWeeks(), c.delivery(), c.language(), c.level(), OptionalDouble.of(rating), c.skills(),
        c.unmappedSkills(), c.requires(), c.recommends(), c.renewal(), c.quality(), c.sessions(), c.retired(),
        c.estimates(), c.source(), c.preparesFor(), c.conditions(), c.costIncludes());
  }
}
