package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * The rules' decision that a plan takes {@code credential} only after one of {@code bases}, the credentials its issuer
 * recommends before it that the learner does not hold but can take (CompTIA's Security+ before PenTest+): the planner
 * then pairs them, in that order, instead of leaving {@code credential} out.
 */
public record BaseFirst(String credential, List<String> bases, String rule, String reason) implements Derived {
  public BaseFirst {
    Objects.requireNonNull(credential, "credential");
    bases = List.copyOf(bases);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
