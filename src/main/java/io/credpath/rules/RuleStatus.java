package io.credpath.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link RuleBase} is serving: the DRL files (relative, e.g. {@code rules/eligibility.drl}) and rule count
 * of the base rules, the tenants with overlays, when the serving rules were compiled, and the last reload attempt's
 * time and error (empty when it succeeded), and the serving rules' {@code version}: the SHA-256 of every DRL file
 * (tenant overlays included) and the gap policy, by name and content.
 */
public record RuleStatus(List<String> files, int ruleCount, List<String> tenants, Instant loadedAt, Instant lastReloadAt,
    Optional<String> lastReloadError, String version) {
  public RuleStatus {
    files = List.copyOf(files);
    tenants = List.copyOf(tenants);
  }
}
