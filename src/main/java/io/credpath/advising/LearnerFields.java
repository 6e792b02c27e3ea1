package io.credpath.advising;

import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an advisor records about a learner: their reference in the advisor's own system, name, current occupation (an
 * occupation id), held credentials and skills, years of experience, the languages they read (ISO 639 codes), their
 * budget (cost, hours a week, weeks) and notes on funding.
 */
public record LearnerFields(String externalRef, String name, Optional<String> currentOccupation, List<String> heldCredentials,
    List<SkillLevel> heldSkills, double experienceYears, List<String> languages, Budget budget, String fundingNotes) {
  /** The longest reference, name or id kept. */
  public static final int MAX_TEXT = 200;
  /** The longest funding notes kept. */
  public static final int MAX_NOTES = 4000;
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  public LearnerFields {
    externalRef = text("externalRef", externalRef, MAX_TEXT);
    name = text("name", name, MAX_TEXT);
    Objects.requireNonNull(currentOccupation, "currentOccupation");
    heldCredentials = List.copyOf(heldCredentials);
    heldSkills = List.copyOf(heldSkills);
    if (!(experienceYears >= 0) || experienceYears > 60) throw new IllegalArgumentException("experienceYears must be 0..60: " + experienceYears);
    languages = List.copyOf(languages);
    for (String l : languages) {
      if (!LANGUAGE.matcher(l).matches()) throw new IllegalArgumentException("a language must be a lower-case ISO 639 code: " + l);
    }
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(fundingNotes, "fundingNotes");
    if (fundingNotes.length() > MAX_NOTES) throw new IllegalArgumentException("fundingNotes must be at most " + MAX_NOTES + " characters");
  }

  private static String text(String field, String value, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    if (value.length() > max) throw new IllegalArgumentException(field + " must be at most " + max + " characters: " + value.length());
    return value;
  }
}
