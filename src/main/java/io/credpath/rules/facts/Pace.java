package io.credpath.rules.facts;

import java.util.Objects;

/**
 * The pace one step of a pathway runs at: its {@code hours} within at least {@code minWeeks} and at most {@code maxWeeks}
 * (a fixed-schedule programme where the two are equal, an in-person course of a few days), against the {@code learnerHoursPerWeek} the learner gave, so the rules can say when
 * it asks more hours a week than that; {@code type} is its type's wire name (an exam's weeks are preparation at the
 * learner's pace, not a schedule).
 */
public record Pace(String credential, String title, String type, double hours, int minWeeks, int maxWeeks,
    double learnerHoursPerWeek) {
  public Pace {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
  }
}
