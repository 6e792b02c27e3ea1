package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * Like {@link Relevance}, but measured against the learner's current occupation: how much of what a candidate
 * teaches the job they do now lists. Absent when the profile names no (known) current occupation.
 */
public record CurrentRelevance(String credential, double share, List<String> currentSkills, int taught) {
  public CurrentRelevance {
    Objects.requireNonNull(credential, "credential");
    currentSkills = List.copyOf(currentSkills);
  }

  /** How many taught skills the current occupation lists. */
  public int onCurrent() {
    return currentSkills.size();
  }
}
