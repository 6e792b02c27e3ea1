package io.credpath.rules.facts;

import java.util.Objects;

/**
 * A planned gap item the pathway under review leaves below the required level. {@code coverable} says whether any
 * usable credential in the catalogue closes it at least partly (else it is learned on the job or in a longer
 * programme); {@code bestLevel} is the highest level such a credential reaches; {@code kind} the item's kind;
 * {@code options}, for a credential item, the titles of the credentials it lists (any one closes it), and
 * {@code yearsFirst} whether every one of them asks for years of work in its field that the learner does not yet have
 * there (a bookkeeper certification's two years for a cashier): the pathway is a start toward them, not a shortfall.
 */
public record Uncovered(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential,
    boolean coverable, int bestLevel, String kind, java.util.List<String> options, boolean yearsFirst) {
  public Uncovered {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    options = java.util.List.copyOf(options);
  }
}
