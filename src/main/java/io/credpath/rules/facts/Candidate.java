package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * A candidate credential as the first-pass rules see it. {@code type} and {@code delivery} are wire names,
 * {@code providerKey} and {@code language} lower-case, {@code rating} 0 when unrated, {@code experienceRequired}
 * the fewest years of experience its prerequisites need on any route (credentials and skills can be earned,
 * experience cannot), {@code experienceRecommended} the fewest years its issuer recommends on any route (at least
 * {@code experienceRequired}; NATE recommends one to two years in the field though it enforces none), and {@code stacks} the titles of the catalogue stacks it is a component of. {@code costKnown} is
 * false when the provider publishes no price; {@code level} is its own level (1 entry .. 5 expert);
 * {@code recognisedForTarget} says the target occupation's employers ask for it by name (it prepares for the target);
 * {@code ofField} says it is a credential of the target's field (it prepares for the target, or its title or syllabus
 * teaches one of the target's own field skills or tools); {@code conferredBy} is, for a credential earned only in an
 * employer's own training after hire (an airline's flight-attendant certificate, a railroad's conductor certification),
 * the issuer's words for it, else empty; {@code jurisdiction} the ISO 3166-2 code of the one state whose licence or
 * approved course it is, empty when it counts anywhere; {@code minEducation} the least O*NET education category (1-12)
 * its conditions ask for, 0 when none the rules can check; {@code recommendsFirst} the ids of the credentials its issuer
 * recommends before it (as in the catalogue's {@code recommends}), {@code recommendsFirstTitles} their titles,
 * {@code recommendsFirstLevel} the highest level among them (0 when none).
 */
public record Candidate(String id, String title, String type, String provider, String providerKey, String delivery,
    String language, double cost, double hours, boolean accredited, double rating, boolean retired,
    double experienceRequired, double experienceRecommended, List<String> stacks, boolean costKnown, int level, boolean recognisedForTarget,
    boolean ofField, String conferredBy, String jurisdiction, int minEducation, List<String> recommendsFirst,
    List<String> recommendsFirstTitles, int recommendsFirstLevel) {
  public Candidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerKey, "providerKey");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(language, "language");
    stacks = List.copyOf(stacks);
    recommendsFirst = List.copyOf(recommendsFirst);
    recommendsFirstTitles = List.copyOf(recommendsFirstTitles);
    Objects.requireNonNull(conferredBy, "conferredBy");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
  }
}
