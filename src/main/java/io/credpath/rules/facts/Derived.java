package io.credpath.rules.facts;

/** A fact a rule derives: it names the rule that produced it and says why in plain language. */
public sealed interface Derived permits Exclusion, Weight, Advice, Warning, EarnedStack, Note, StepReason,
    ExperienceElsewhere, BaseFirst {

  /** The name of the rule that derived this fact. */
  String rule();

  /** The plain-language reason shown to the learner. */
  String reason();
}
