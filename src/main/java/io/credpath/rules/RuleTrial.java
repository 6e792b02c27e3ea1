package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Problem;
import io.credpath.catalog.UnknownIdException;
import io.credpath.planner.AmbiguousTargetException;
import io.credpath.planner.PathwayPlanner;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.RuleFailedException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Plans sample requests with rules before they go live, for the base rules and for each tenant's overlay, and
 * rejects the rules with a {@link RuleTrialException} when any rule throws: a reload whose rules compile but fail at
 * run time would otherwise answer every planning request with an error. A sample whose occupations the catalogue
 * does not hold is skipped (it tests the taxonomy, not the rules).
 */
public final class RuleTrial implements Consumer<RuleBase> {
  private final Catalog catalog;
  private final List<Sample> samples;
  private final Clock clock;
  private int planned;
  private int skipped;

  /** A named request to plan. */
  public record Sample(String name, PlanRequest request) {
    public Sample {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(request, "request");
    }
  }

  /** A trial planning {@code samples} on {@code catalog}. */
  public RuleTrial(Catalog catalog, List<Sample> samples, Clock clock) {
    this.catalog = catalog;
    this.samples = List.copyOf(samples);
    this.clock = clock;
  }

  /** Plans every sample with {@code candidate}; throws {@link RuleTrialException} naming each rule that failed. */
  @Override
  public void accept(RuleBase candidate) {
    PathwayPlanner planner = new PathwayPlanner(catalog, new DroolsPathwayRules(candidate, catalog), candidate.gapPolicy(), clock);
    List<Optional<String>> tenants = new ArrayList<>(List.of(Optional.empty()));
    candidate.status().tenants().forEach(t -> tenants.add(Optional.of(t)));
    List<Run> runs = new ArrayList<>();
    for (Optional<String> tenant : tenants) for (Sample s : samples) runs.add(new Run(s, tenant));
    // The planner is shared by request threads anyway; the samples are independent, so plan them in parallel.
    List<Outcome> outcomes = runs.parallelStream().map(r -> r.plan(planner)).toList();
    Map<String, Problem> failures = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.planned()) planned++;
      else if (o.failure().isEmpty()) skipped++;
      else failures.putIfAbsent(o.key(), o.failure().get());
    }
    if (!failures.isEmpty()) throw new RuleTrialException(List.copyOf(failures.values()));
  }

  /** One sample planned for one tenant (or none). */
  private record Run(Sample sample, Optional<String> tenant) {
    Outcome plan(PathwayPlanner planner) {
      PlanRequest r = sample.request();
      try {
        planner.plan(new PlanRequest(r.target(), r.profile(), r.budget(), r.preferences(), tenant, r.startDate()));
        return new Outcome(true, "", Optional.empty());
      } catch (UnknownIdException | AmbiguousTargetException e) {
        return new Outcome(false, "", Optional.empty());
      } catch (RuleFailedException e) {
        String on = "sample \"" + sample.name() + "\"" + tenant.map(t -> " for tenant " + t).orElse("");
        return new Outcome(false, e.rule() + tenant, Optional.of(problem(e.location(),
            "rule \"" + e.rule() + "\" threw " + e.failure() + " planning " + on)));
      } catch (RuntimeException e) {
        return new Outcome(false, e.getClass().getName() + tenant, Optional.of(new Problem("rules", 0, "", "",
            "planning sample \"" + sample.name() + "\" failed: " + e)));
      }
    }
  }

  /** Whether a run planned, and otherwise the problem it found (none: skipped), keyed so that each rule is named once. */
  private record Outcome(boolean planned, String key, Optional<Problem> failure) {}

  /** How many sample plans ran, and how many were skipped because the catalogue lacks their occupations. */
  public String summary() {
    return planned + " sample plan(s) passed, " + skipped + " skipped";
  }

  private static Problem problem(String location, String message) {
    int colon = location.lastIndexOf(':');
    if (colon < 0) return new Problem("rules", 0, "", "", message);
    return new Problem(location.substring(0, colon), Integer.parseInt(location.substring(colon + 1)), "", "", message);
  }
}
