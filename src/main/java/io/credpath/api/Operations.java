package io.credpath.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operational hooks: readiness, reloading the taxonomy and rules, and the rule files' status. */
public interface Operations {

  /** What is loaded; the API answers {@code /ready} with 200 only when all of it is. */
  Readiness readiness();

  /**
   * Reloads the taxonomy and the rules, here and (through the database) on every replica sharing it; when either is broken (or the rules fail on the sample requests) the previous
   * ones keep serving and a {@link ReloadRejectedException} lists every problem.
   */
  RulesStatus reload();

  /** The rule files loaded and the last reload's error, if any. */
  RulesStatus rulesStatus();

  /** Whether the taxonomy, the rules and the search indexes are loaded. */
  record Readiness(boolean taxonomy, boolean rules, boolean indexes) {
    /** Whether everything is loaded. */
    @JsonProperty("ready")
    public boolean ready() {
      return taxonomy && rules && indexes;
    }
  }

  /**
   * Rule files in load order, when they were last (re)loaded, the last reload error, and the taxonomy fingerprint and
   * rules version being served (what a plan computed now is saved with).
   */
  record RulesStatus(List<String> files, Optional<Instant> loadedAt, Optional<String> lastError, io.credpath.planner.PlanBasis serving) {
    public RulesStatus {
      files = List.copyOf(files);
      java.util.Objects.requireNonNull(serving, "serving");
    }
  }
}
