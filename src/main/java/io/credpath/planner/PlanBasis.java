package io.credpath.planner;

import java.util.Objects;

/**
 * What an answer was computed with: the fingerprint of the taxonomy files loaded (SHA-256) and the version of the rules
 * serving (SHA-256 of the DRL files, tenant overlays and gap policy), so a saved answer can say what it was made on.
 */
public record PlanBasis(String taxonomyFingerprint, String rulesVersion) {
  public PlanBasis {
    Objects.requireNonNull(taxonomyFingerprint, "taxonomyFingerprint");
    Objects.requireNonNull(rulesVersion, "rulesVersion");
  }
}
