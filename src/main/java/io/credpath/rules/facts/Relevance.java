package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * How much of what a candidate credential teaches the target occupation lists: {@code targetSkills} are the taught
 * skill ids the target requires, {@code taught} how many distinct skills it teaches that say something about a
 * field (skills most occupations list, such as Speaking or Microsoft Excel, are left out of both), and
 * {@code share} = targetSkills / taught. Absent when the credential teaches no such skill or the target is unknown.
 */
public record Relevance(String credential, double share, List<String> targetSkills, int taught) {
  public Relevance {
    Objects.requireNonNull(credential, "credential");
    targetSkills = List.copyOf(targetSkills);
  }

  /** How many taught skills the occupation lists. */
  public int onTarget() {
    return targetSkills.size();
  }
}
