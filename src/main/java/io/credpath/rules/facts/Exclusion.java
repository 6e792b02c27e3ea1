package io.credpath.rules.facts;

import java.util.Objects;

/** A candidate credential that must not appear in any pathway. */
public record Exclusion(String credential, String rule, String reason) implements Derived {
  public Exclusion {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
