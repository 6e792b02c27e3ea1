package io.credpath.api;

import io.credpath.Fixtures;
import io.credpath.advising.AdvisingStore;
import io.credpath.planner.PlanBasis;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.Pathway;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Planning;
import io.credpath.planner.TransitionFinder;
import io.credpath.search.CatalogQueries;
import io.credpath.search.Completion;
import io.credpath.search.CredentialHit;
import io.credpath.search.CredentialQuery;
import io.credpath.search.CredentialResults;
import io.credpath.search.FacetValue;
import io.credpath.search.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test-only domain over {@link Fixtures#smallCatalog()}: substring search, greedy one-pathway planning, canned operations. */
final class FakeServices implements CatalogQueries, Planning, Operations {
  /** The catalogue served; a test may swap in another, as a reload would. */
  volatile Catalog catalog = Fixtures.smallCatalog();
  /** What answers are computed with; a test may change it, as a reload of other files would. */
  volatile PlanBasis basis = new PlanBasis("taxonomy-1", "rules-1");
  final AtomicInteger reloads = new AtomicInteger();
  volatile CatalogScope lastPlanScope;
  volatile PlanRequest lastPlanRequest;
  volatile long planMillis;
  volatile RuntimeException planFailure;
  volatile RuntimeException reloadFailure;

  ApiServices services(AdvisingStore advising, io.credpath.advising.Cohorts cohorts) {
    return new ApiServices(this, this, this, advising, cohorts);
  }

  @Override public Catalog catalog() { return catalog; }

  @Override public List<Occupation> occupations(String text, int limit) {
    return catalog.occupations().stream().filter(o -> matches(text, o.title(), String.join(" ", o.alternateTitles()))).limit(limit).toList();
  }

  @Override public List<Skill> skills(String text, int limit) {
    return catalog.skills().stream().filter(s -> matches(text, s.name(), String.join(" ", s.aliases()))).limit(limit).toList();
  }

  @Override public CredentialResults credentials(CredentialQuery q) {
    List<Credential> all = catalog.credentials().stream().filter(c -> !c.retired() && filters(q, c) && matches(q.text(), c.title(), c.id()))
        .sorted(order(q.sort())).toList();
    List<CredentialHit> page = all.stream().skip((long) q.page() * q.size()).limit(q.size()).map(CredentialHit::of).toList();
    CredentialResults.Facets facets = new CredentialResults.Facets(count(all, c -> c.type().wireName()), count(all, Credential::provider),
        count(all, c -> c.delivery().wireName()), count(all, c -> Integer.toString(c.level())),
        count(all, c -> c.cost().total() < 100 ? "0-100" : c.cost().total() < 500 ? "100-500" : "500+"));
    return new CredentialResults(page, all.size(), facets);
  }

  @Override public List<Completion> suggest(String prefix, CatalogScope scope, int limit) {
    List<Completion> out = new ArrayList<>();
    catalog.occupations().stream().filter(o -> matches(prefix, o.title(), "")).forEach(o -> out.add(new Completion(Completion.Kind.OCCUPATION, o.id(), o.title())));
    catalog.skills().stream().filter(s -> matches(prefix, s.name(), "")).forEach(s -> out.add(new Completion(Completion.Kind.SKILL, s.id(), s.name())));
    catalog.credentials().stream().filter(c -> scope.allows(c) && matches(prefix, c.title(), ""))
        .forEach(c -> out.add(new Completion(Completion.Kind.CREDENTIAL, c.id(), c.title())));
    return out.stream().limit(limit).toList();
  }

  @Override public Planning.GapResult gap(PlanRequest request, CatalogScope scope) {
    Occupation o = catalog.occupation(request.target());
    return new Planning.GapResult(new PlanResult.Target(o.id(), o.title()), gapItems(o, request.profile()));
  }

  @Override public PlanResult plan(PlanRequest request, CatalogScope scope) {
    lastPlanScope = scope;
    lastPlanRequest = request;
    if (planMillis > 0) sleep(planMillis);
    if (planFailure != null) throw planFailure;
    Occupation o = catalog.occupation(request.target());
    List<PlanResult.GapItem> gap = gapItems(o, request.profile());
    List<Pathway.Step> steps = new ArrayList<>();
    for (PlanResult.GapItem g : gap) {
      catalog.credentials().stream().filter(c -> !c.retired() && scope.allows(c) && c.levelOf(g.skill()) >= g.requiredLevel())
          .min(Comparator.comparingDouble(c -> c.cost().total()))
          .filter(c -> steps.stream().noneMatch(s -> s.credential().equals(c.id())))
          .ifPresent(c -> steps.add(new Pathway.Step(c.id(), c.title(), c.provider(), c.cost().total(), c.hours(), 1, Math.max(1, c.minWeeks()),
              java.util.Collections.nCopies(Math.max(1, c.minWeeks()), c.hours() / Math.max(1, c.minWeeks())), List.of(g.skill()), List.of(),
              List.of(), true)));
    }
    double cost = steps.stream().mapToDouble(Pathway.Step::cost).sum();
    double hours = steps.stream().mapToDouble(Pathway.Step::hours).sum();
    Pathway p = new Pathway("cheapest", true, steps, new Pathway.Totals(cost, "USD", hours, 4), 1.0, List.of(), List.of(), List.of());
    return new PlanResult(new PlanResult.Target(o.id(), o.title()), gap, List.of(p), List.of());
  }

  @Override public Computed planComputed(PlanRequest request, CatalogScope scope) {
    Catalog planned = catalog;
    PlanBasis stamped = basis;
    return new Computed(plan(request, scope), stamped, planned);
  }

  @Override public io.credpath.planner.LadderFinder.Answer ladders(LearnerProfile profile, String target, Budget budget,
      CatalogScope scope, int limit) {
    throw new UnsupportedOperationException("this fake plans no ladders; ladders are tested on the real service");
  }

  @Override public List<TransitionFinder.Transition> transitions(LearnerProfile profile, Budget budget, CatalogScope scope, int limit,
      boolean includeCatchAll) {
    return catalog.occupations().stream().filter(o -> includeCatchAll || !o.catchAll())
        .map(o -> new TransitionFinder.Transition(o.id(), o.title(), 0.5, "shares nothing listed", List.of(), List.of(),
            gapItems(o, profile).size(), o.jobZone(), OptionalInt.empty(), OptionalDouble.of(100), OptionalInt.of(6), OptionalDouble.of(150), OptionalInt.of(8)))
        .limit(limit).toList();
  }

  @Override public Readiness readiness() { return new Readiness(true, true, true); }

  @Override public RulesStatus reload() {
    reloads.incrementAndGet();
    if (reloadFailure != null) throw reloadFailure;
    return rulesStatus();
  }

  @Override public RulesStatus rulesStatus() {
    return new RulesStatus(List.of("eligibility.drl", "scoring.drl"), Optional.of(Instant.parse("2025-01-01T00:00:00Z")), Optional.empty(),
        basis);
  }

  private List<PlanResult.GapItem> gapItems(Occupation o, LearnerProfile profile) {
    Map<String, Integer> held = new java.util.HashMap<>(profile.heldSkills().stream()
        .collect(Collectors.toMap(SkillLevel::skill, SkillLevel::level, Math::max)));
    // a held credential stands for the skills it teaches, as the real planner takes it
    for (String id : profile.heldCredentials()) {
      catalog.findCredential(id).ifPresent(c -> o.requirements().forEach(r -> held.merge(r.skill(), c.levelOf(r.skill()), Math::max)));
    }
    return o.requirements().stream().filter(r -> held.getOrDefault(r.skill(), 0) < r.level())
        .map(r -> new PlanResult.GapItem(r.skill(), catalog.skill(r.skill()).name(), r.level(), held.getOrDefault(r.skill(), 0),
            r.importance(), r.essential()))
        .toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean matches(String q, String a, String b) {
    String needle = q.toLowerCase(Locale.ROOT);
    return needle.isEmpty() || a.toLowerCase(Locale.ROOT).contains(needle) || b.toLowerCase(Locale.ROOT).contains(needle);
  }

  /** Whether {@code c} passes every filter of {@code q} except the free text. */
  private static boolean filters(CredentialQuery q, Credential c) {
    return q.scope().allows(c) && (q.types().isEmpty() || q.types().contains(c.type()))
        && (q.providers().isEmpty() || q.providers().contains(c.provider()))
        && (q.deliveries().isEmpty() || q.deliveries().contains(c.delivery())) && (q.levels().isEmpty() || q.levels().contains(c.level()))
        && (q.maxCost().isEmpty() || c.cost().total() <= q.maxCost().getAsDouble())
        && (q.maxHours().isEmpty() || c.hours() <= q.maxHours().getAsDouble())
        && (q.skills().isEmpty() || q.skills().stream().anyMatch(s -> c.levelOf(s) > 0));
  }

  private static Comparator<Credential> order(SortOrder sort) {
    return switch (sort) {
      case COST -> Comparator.comparingDouble(c -> c.cost().total());
      case HOURS -> Comparator.comparingDouble(Credential::hours);
      default -> Comparator.comparing(Credential::id);
    };
  }

  private static List<FacetValue> count(List<Credential> all, Function<Credential, String> key) {
    return all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting())).entrySet().stream()
        .map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
  }
}
