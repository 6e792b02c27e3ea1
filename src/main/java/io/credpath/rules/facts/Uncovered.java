package io.credpath.rules.facts;

import java.util.Objects;

/** A target skill the pathway under review leaves below the required level. */
public record Uncovered(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential) {
  public Uncovered {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(name, "name");
  }
}
