package io.credpath.rules.facts;

import java.util.Objects;

/**
 * For one step of a pathway, the best other candidate that closes everything the step closes (the cheapest such, then
 * the shortest), with both sides' cost, hours and recognition weight, so the rules can say why the step beats it.
 */
public record NextBest(String credential, String title, double cost, double hours, double recognition, String alternative,
    String alternativeTitle, double alternativeCost, double alternativeHours, double alternativeRecognition) {
  public NextBest {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(alternativeTitle, "alternativeTitle");
  }
}
