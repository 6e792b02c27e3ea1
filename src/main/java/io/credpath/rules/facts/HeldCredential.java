package io.credpath.rules.facts;

import java.util.Objects;

/**
 * A credential the learner holds (first pass), as the catalogue describes it: {@code retired} when its issuer no longer
 * awards it. What a held credential means for the plan is the rules' decision.
 */
public record HeldCredential(String credential, String title, String provider, boolean retired) {
  public HeldCredential {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
  }
}
