package io.credpath.rules.facts;

import java.util.Objects;

/** One contribution to a candidate's recognition weight; a candidate's recognition is the sum of its weights. */
public record Weight(String credential, double amount, String rule, String reason) implements Derived {
  public Weight {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
