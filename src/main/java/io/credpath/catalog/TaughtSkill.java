package io.credpath.catalog;

import java.util.Objects;

/** A skill a credential teaches, the level a learner reaches by completing it (1..5), and how we know it teaches it. */
public record TaughtSkill(String skill, int level, Basis basis) {
  public TaughtSkill {
    Objects.requireNonNull(skill, "skill");
    if (level < 1 || level > 5) throw new IllegalArgumentException("level must be 1..5: " + level);
    Objects.requireNonNull(basis, "basis");
  }

  /** A skill known from the credential's syllabus. */
  public static TaughtSkill of(String skill, int level) {
    return new TaughtSkill(skill, level, Basis.SYLLABUS);
  }
}
