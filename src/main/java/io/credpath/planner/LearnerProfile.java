package io.credpath.planner;

import io.credpath.catalog.SkillLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a learner holds: credentials (which imply the skills they teach), skills with levels, years of experience. */
public record LearnerProfile(List<String> heldCredentials, List<SkillLevel> heldSkills, double experienceYears,
    Optional<String> currentOccupation) {
  public LearnerProfile {
    heldCredentials = List.copyOf(heldCredentials);
    heldSkills = List.copyOf(heldSkills);
    if (!(experienceYears >= 0) || experienceYears > 60) {
      throw new IllegalArgumentException("experienceYears must be 0..60: " + experienceYears);
    }
    Objects.requireNonNull(currentOccupation, "currentOccupation");
  }

  /** A learner who holds nothing. */
  public static LearnerProfile empty() {
    return new LearnerProfile(List.of(), List.of(), 0, Optional.empty());
  }
}
