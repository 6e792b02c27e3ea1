package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules for tests: excludes nothing, weighs certifications 3, professional certificates 2, the rest 1. */
final class FakeRules implements PathwayRules {
  /** Credentials whose experience requirements the learner's years do not meet (none unless a test says so). */
  private final java.util.Set<String> experienceElsewhere;

  FakeRules() {
    this(java.util.Set.of());
  }

  FakeRules(java.util.Set<String> experienceElsewhere) {
    this(experienceElsewhere, Map.of());
  }

  /** Credentials the rules pair with a base their issuer recommends first (none unless a test says so). */
  private final Map<String, List<String>> baseFirst;

  FakeRules(java.util.Set<String> experienceElsewhere, Map<String, List<String>> baseFirst) {
    this.experienceElsewhere = java.util.Set.copyOf(experienceElsewhere);
    this.baseFirst = Map.copyOf(baseFirst);
  }

  static double weight(Credential c) {
    if (c.type() == CredentialType.CERTIFICATION) return 3;
    if (c.type() == CredentialType.PROFESSIONAL_CERTIFICATE) return 2;
    return 1;
  }

  /** The credentials the planner last said are of the target's field. */
  volatile java.util.Set<String> lastOfField = java.util.Set.of();

  @Override
  public Assessment assess(PlanRequest request, io.credpath.catalog.Occupation target, List<Credential> candidates,
      java.util.Set<String> ofField) {
    lastOfField = java.util.Set.copyOf(ofField);
    Map<String, Double> w = new HashMap<>();
    for (Credential c : candidates) w.put(c.id(), weight(c));
    // As the real rules do (ExcludeRetiredCredential): the planner hands them retired candidates to leave out.
    List<io.credpath.planner.PlanResult.Excluded> out = candidates.stream().filter(Credential::retired)
        .map(c -> new io.credpath.planner.PlanResult.Excluded(c.id(), "ExcludeRetiredCredential", "Retired.")).toList();
    return new Assessment(out, w, Map.of(), List.of(), experienceElsewhere, baseFirst);
  }

  private final Map<String, Double> standing = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public Map<String, Double> standing(java.util.Optional<String> tenant) {
    return standing;
  }

  /** The drafts reviewed so far, for tests that check what the planner hands the rules. */
  final List<PathwayDraft> reviewed = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public Review review(PlanRequest request, PathwayDraft draft) {
    reviewed.add(draft);
    return new Review(List.of(), List.of(), List.of());
  }
}
