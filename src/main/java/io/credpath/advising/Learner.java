package io.credpath.advising;

import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stored learner of one tenant: its id, the advisor's record of them ({@link LearnerFields}) and when it was made and last changed. */
public record Learner(String id, String tenant, String externalRef, String name, Optional<String> currentOccupation,
    List<String> heldCredentials, List<SkillLevel> heldSkills, double experienceYears, List<String> languages, Budget budget,
    String fundingNotes, Instant created, Instant updated) {
  public Learner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
    LearnerFields checked = new LearnerFields(externalRef, name, currentOccupation, heldCredentials, heldSkills, experienceYears,
        languages, budget, fundingNotes);
    heldCredentials = checked.heldCredentials();
    heldSkills = checked.heldSkills();
    languages = checked.languages();
  }

  /** The learner {@code id} of {@code tenant} with {@code fields}. */
  static Learner of(String id, String tenant, LearnerFields f, Instant created, Instant updated) {
    return new Learner(id, tenant, f.externalRef(), f.name(), f.currentOccupation(), f.heldCredentials(), f.heldSkills(),
        f.experienceYears(), f.languages(), f.budget(), f.fundingNotes(), created, updated);
  }

  /** What the planner needs to know of them. */
  public LearnerProfile profile() {
    return new LearnerProfile(heldCredentials, heldSkills, experienceYears, currentOccupation);
  }
}
