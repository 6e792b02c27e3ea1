package io.credpath.advising;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.planner.PlanBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a saved pathway differs from today's, and why where it can be told: a credential gone from the catalogue or
 * retired, a price or workload changed (today's catalogue against what the plan was told), or else the taxonomy, the
 * rules or the start date that changed in between.
 */
final class PathwayDiff {
  private final Catalog today;
  private final PlanBasis before;
  private final PlanBasis now;
  private final LocalDate startedBefore;
  private final LocalDate startsNow;

  /** {@code today} is the catalogue (of the caller's scope) today's answer was computed on. */
  PathwayDiff(Catalog today, PlanBasis before, PlanBasis now, LocalDate startedBefore, LocalDate startsNow) {
    this.today = today;
    this.before = before;
    this.now = now;
    this.startedBefore = startedBefore;
    this.startsNow = startsNow;
  }

  /** What changed between the two computations, in words; empty when they were computed on the same everything. */
  List<String> changes() {
    List<String> out = new ArrayList<>();
    if (!before.taxonomyFingerprint().equals(now.taxonomyFingerprint())) {
      out.add("the taxonomy changed since the plan was saved (fingerprint " + brief(before.taxonomyFingerprint()) + " -> "
          + brief(now.taxonomyFingerprint()) + ")");
    }
    if (!before.rulesVersion().equals(now.rulesVersion())) {
      out.add("the rules changed since the plan was saved (version " + brief(before.rulesVersion()) + " -> " + brief(now.rulesVersion()) + ")");
    }
    if (!startedBefore.equals(startsNow)) out.add("planned from " + startsNow + " instead of " + startedBefore);
    return out;
  }

  /** The change from the pathway {@code was} to {@code is} (either may be absent). */
  Replan.PathwayChange between(Optional<SavedPlan.SavedPathway> was, Optional<SavedPlan.SavedPathway> is) {
    Map<String, SavedPlan.SavedStep> old = steps(was);
    Map<String, SavedPlan.SavedStep> fresh = steps(is);
    List<Replan.StepChange> added = new ArrayList<>();
    List<Replan.StepChange> removed = new ArrayList<>();
    List<Replan.StepChange> repriced = new ArrayList<>();
    for (SavedPlan.SavedStep s : old.values()) {
      SavedPlan.SavedStep kept = fresh.get(s.credential());
      if (kept == null) {
        removed.add(new Replan.StepChange(s.credential(), s.title(), OptionalDouble.of(s.cost()), currentCost(s.credential()), whyRemoved(s)));
      } else if (kept.cost() != s.cost()) {
        repriced.add(new Replan.StepChange(s.credential(), s.title(), OptionalDouble.of(s.cost()), OptionalDouble.of(kept.cost()),
            "its price changed from " + money(s.cost()) + " to " + money(kept.cost())));
      }
    }
    for (SavedPlan.SavedStep s : fresh.values()) {
      if (!old.containsKey(s.credential())) {
        added.add(new Replan.StepChange(s.credential(), s.title(), OptionalDouble.empty(), OptionalDouble.of(s.cost()), whyAdded()));
      }
    }
    double cost = is.map(SavedPlan.SavedPathway::cost).orElse(0.0) - was.map(SavedPlan.SavedPathway::cost).orElse(0.0);
    double hours = is.map(SavedPlan.SavedPathway::hours).orElse(0.0) - was.map(SavedPlan.SavedPathway::hours).orElse(0.0);
    int weeks = is.map(SavedPlan.SavedPathway::weeks).orElse(0) - was.map(SavedPlan.SavedPathway::weeks).orElse(0);
    return new Replan.PathwayChange(was, is, added, removed, repriced, cost, hours, weeks);
  }

  private String whyRemoved(SavedPlan.SavedStep s) {
    Optional<Credential> c = today.findCredential(s.credential());
    if (c.isEmpty()) return "no longer in the catalogue";
    if (c.get().retired()) return "retired";
    double price = c.get().cost().total();
    if (price != s.cost()) return "its price changed from " + money(s.cost()) + " to " + money(price);
    if (c.get().hours() != s.hours()) return "its hours changed from " + number(s.hours()) + " to " + number(c.get().hours());
    return because("not chosen");
  }

  private String whyAdded() {
    return because("chosen");
  }

  /** {@code verb} with the first change that can explain it, or empty when nothing it was computed with changed. */
  private String because(String verb) {
    if (!before.rulesVersion().equals(now.rulesVersion())) return verb + " under the changed rules";
    if (!before.taxonomyFingerprint().equals(now.taxonomyFingerprint())) return verb + " on the changed catalogue";
    if (!startedBefore.equals(startsNow)) return verb + " when starting on " + startsNow;
    return "";
  }

  private OptionalDouble currentCost(String credential) {
    return today.findCredential(credential).map(c -> OptionalDouble.of(c.cost().total())).orElse(OptionalDouble.empty());
  }

  private static Map<String, SavedPlan.SavedStep> steps(Optional<SavedPlan.SavedPathway> p) {
    return p.map(SavedPlan.SavedPathway::steps).orElse(List.of()).stream()
        .collect(Collectors.toMap(SavedPlan.SavedStep::credential, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String brief(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static String money(double v) {
    return number(v);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
