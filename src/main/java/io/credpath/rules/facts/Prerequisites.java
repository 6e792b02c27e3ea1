package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * The cheapest way through a candidate's prerequisites that the learner does not hold: the credentials to earn first
 * ({@code titles}) and what they cost together ({@code cost}, in the request's currency); {@code open} is false when
 * some prerequisite cannot be met at all (years of experience the learner lacks, a credential with no known price).
 * There are two such facts per candidate: with the learner's years counting toward experience requirements
 * ({@code yearsCount}) and without, for when the rules judge those years to be in another field.
 */
public record Prerequisites(String credential, double cost, List<String> titles, boolean open, boolean yearsCount) {
  public Prerequisites {
    Objects.requireNonNull(credential, "credential");
    titles = List.copyOf(titles);
  }
}
