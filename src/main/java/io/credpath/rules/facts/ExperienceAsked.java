package io.credpath.rules.facts;

import java.util.Objects;

/** A pathway step whose prerequisites ask for {@code years} of work experience on their cheapest route (second pass). */
public record ExperienceAsked(String credential, String title, String provider, double years) {
  public ExperienceAsked {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
  }
}
