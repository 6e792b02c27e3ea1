package io.credpath.planner;

import io.credpath.catalog.SkillLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner holds: credentials (which imply the skills they teach), skills with levels, years of experience, and
 * the highest education they have finished ({@code education}: an O*NET category 1-12, see
 * {@link io.credpath.catalog.Education}; empty when not said).
 */
public record LearnerProfile(List<String> heldCredentials, List<SkillLevel> heldSkills, double experienceYears,
    Optional<String> currentOccupation, java.util.OptionalInt education) {
  public LearnerProfile {
    heldCredentials = List.copyOf(heldCredentials);
    heldSkills = List.copyOf(heldSkills);
    if (!(experienceYears >= 0) || experienceYears > 60) {
      throw new IllegalArgumentException("experienceYears must be 0..60: " + experienceYears);
    }
    Objects.requireNonNull(currentOccupation, "currentOccupation");
    Objects.requireNonNull(education, "education");
    if (education.isPresent() && (education.getAsInt() < 1 || education.getAsInt() > 12)) {
      throw new IllegalArgumentException("education must be 1..12: " + education.getAsInt());
    }
  }

  /** A learner who has not said their education. */
  public LearnerProfile(List<String> heldCredentials, List<SkillLevel> heldSkills, double experienceYears,
      Optional<String> currentOccupation) {
    this(heldCredentials, heldSkills, experienceYears, currentOccupation, java.util.OptionalInt.empty());
  }

  /** A learner who holds nothing. */
  public static LearnerProfile empty() {
    return new LearnerProfile(List.of(), List.of(), 0, Optional.empty());
  }
}
