package io.credpath.catalog;

import java.util.Objects;
import java.util.Set;

/**
 * An eligibility condition that is neither a credential nor years of experience (age, a diploma, supervised practice,
 * a background check, a medical), in the issuer's terms; shown to the learner before they register. An
 * {@value #EMPLOYER} condition says the credential is earned only in an employer's own training after it hires you
 * (an airline's flight-attendant certificate): it cannot be a step a learner buys. {@code minEducation} is, for an
 * education condition, the least O*NET education category (1-12, see {@link Education}) it asks for, 0 when the rules
 * cannot check it ("a bachelor's degree" is 6). A {@value #FIELD_WORK} condition is work in the credential's own field
 * that its full award needs and that may be done after the exam (the 400 sterile-processing hours of the CRCST, within
 * six months of it): someone new to the field can take the step, and the job it helps them get completes it.
 */
public record Condition(String kind, String text, int minEducation) {
  /** The kinds a condition may have. */
  public static final Set<String> KINDS =
      Set.of("age", "education", "practice", "field-work", "background-check", "medical", "licence", "employer", "other");
  /** The kind of a condition that only an employer can meet for you, by hiring and training you. */
  public static final String EMPLOYER = "employer";
  /** The kind of a condition that is work in the credential's field, which its full award needs and may follow the exam. */
  public static final String FIELD_WORK = "field-work";

  public Condition {
    Objects.requireNonNull(kind, "kind");
    if (!KINDS.contains(kind)) throw new IllegalArgumentException("condition kind must be one of " + new java.util.TreeSet<>(KINDS) + ": " + kind);
    Objects.requireNonNull(text, "text");
    if (minEducation < 0 || minEducation > 12) throw new IllegalArgumentException("minEducation must be 0..12: " + minEducation);
  }

  /** A condition without an education level the rules can check. */
  public Condition(String kind, String text) {
    this(kind, text, 0);
  }
}
