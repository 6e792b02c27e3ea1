package io.credpath.rules.facts;

import java.util.Objects;

/**
 * For one step of a pathway, the best other candidate that closes everything the step closes (the cheapest such, then
 * the shortest), with both sides' cost, hours and recognition weight, so the rules can say why the step beats it. The
 * step's cost and hours include those of the pathway's steps it asks for first ({@code prerequisites}, their titles):
 * a $40 test that needs a $1,750 course is not "cheaper" than a $1,840 one that needs nothing.
 */
public record NextBest(String credential, String title, double cost, double hours, double recognition, String alternative,
    String alternativeTitle, double alternativeCost, double alternativeHours, double alternativeRecognition,
    java.util.List<String> prerequisites) {
  public NextBest {
    prerequisites = java.util.List.copyOf(prerequisites);
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(alternativeTitle, "alternativeTitle");
  }
}
