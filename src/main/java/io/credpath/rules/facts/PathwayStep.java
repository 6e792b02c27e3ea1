package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * One credential of a pathway under review, at {@code position} (1-based). {@code renewalEveryYears} is 0 when it
 * never needs renewal; {@code recommendedFirst} names the recommended credentials neither held nor earlier in the pathway.
 */
public record PathwayStep(String credential, String title, String provider, int position, boolean retired,
    int renewalEveryYears, double renewalCost, List<String> recommendedFirst) {
  public PathwayStep {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
    recommendedFirst = List.copyOf(recommendedFirst);
  }
}
