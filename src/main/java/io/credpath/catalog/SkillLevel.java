package io.credpath.catalog;

import java.util.Objects;

/** A skill at a level 1..5: what a credential teaches or a learner holds. */
public record SkillLevel(String skill, int level) {
  public SkillLevel {
    Objects.requireNonNull(skill, "skill");
    if (level < 1 || level > 5) throw new IllegalArgumentException("level must be 1..5: " + level);
  }
}
