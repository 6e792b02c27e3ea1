package io.credpath.catalog;

import java.util.Objects;

/** One skill an occupation requires, at a level 1..5 with an importance 1..5; {@code origin} says which source it came from. */
public record SkillRequirement(String skill, int level, double importance, boolean essential, boolean hot, boolean inDemand, String origin) {
  public SkillRequirement {
    Objects.requireNonNull(skill, "skill");
    if (level < 1 || level > 5) throw new IllegalArgumentException("level must be 1..5: " + level);
    if (!(importance >= 1 && importance <= 5)) throw new IllegalArgumentException("importance must be 1..5: " + importance);
    Objects.requireNonNull(origin, "origin");
  }
}
