package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.Stack;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import io.credpath.rules.facts.Candidate;
import io.credpath.rules.facts.Learner;
import io.credpath.rules.facts.Wishes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Turns a request and its candidate credentials into the facts the first-pass (eligibility, scoring) rules read. */
final class CandidateFacts {
  private final Catalog catalog;
  private final ExperienceRequirement experience;
  private final Map<String, List<String>> stacksByComponent;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** A candidate fact and the credential object it was built from (facts depend only on the credential). */
  private record Cached(Credential source, Candidate fact) {}

  CandidateFacts(Catalog catalog) {
    this.catalog = catalog;
    this.experience = new ExperienceRequirement(catalog);
    Map<String, List<String>> byComponent = new HashMap<>();
    for (Stack s : catalog.stacks()) {
      for (String id : new HashSet<>(s.components().credentialIds())) {
        byComponent.computeIfAbsent(id, k -> new ArrayList<>()).add(s.title());
      }
    }
    byComponent.replaceAll((k, v) -> List.copyOf(v));
    this.stacksByComponent = Map.copyOf(byComponent);
  }

  /** The learner fact of a request, naming every licence their job is taken to hold. */
  static Learner learner(PlanRequest request, io.credpath.catalog.Catalog catalog) {
    return learner(request, catalog, c -> true);
  }

  /**
   * The learner fact of a request; of the licences their job is taken to hold, only those {@code bears} on the plan
   * are named (a one-of group when any of its members does).
   */
  static Learner learner(PlanRequest request, io.credpath.catalog.Catalog catalog, java.util.function.Predicate<Credential> bears) {
    java.util.OptionalInt stated = request.profile().education();
    int education = stated.isPresent() ? stated.getAsInt() : request.profile().currentOccupation().flatMap(catalog::findOccupation)
        .flatMap(io.credpath.catalog.Occupation::education).map(io.credpath.catalog.Education::level).orElse(0);
    String job = request.profile().currentOccupation().flatMap(catalog::findOccupation).map(io.credpath.catalog.Occupation::title)
        .orElse("");
    List<Credential> licences = io.credpath.planner.CurrentJobLicences.licences(catalog, request.profile().currentOccupation(),
        request.profile().experienceYears()).stream().filter(bears).toList();
    // A requirement any one of several credentials meets is named as such ("the Red Cross card or the AHA card").
    List<List<String>> groups = io.credpath.planner.CurrentJobLicences.oneOfGroups(catalog, request.profile().currentOccupation(),
        request.profile().experienceYears()).stream()
        .filter(g -> g.stream().flatMap(id -> catalog.findCredential(id).stream()).anyMatch(bears)).toList();
    Set<String> grouped = new java.util.HashSet<>();
    groups.forEach(grouped::addAll);
    List<String> named = new java.util.ArrayList<>(licences.stream().filter(c -> c.jurisdiction().isEmpty())
        .filter(c -> !grouped.contains(c.id())).map(Credential::title).toList());
    // (one state's version in a group is named only for someone who lives there: a teaching assistant who gave no state
    // read "or Texas Educational Aide I Certificate" in held-out review #41; a group of only such versions stays whole)
    String region = request.preferences().region();
    java.util.function.Predicate<String> elsewhere = id -> catalog.findCredential(id).map(Credential::jurisdiction)
        .filter(j -> !j.isEmpty() && !j.equals(region)).isPresent();
    for (List<String> g : groups) {
      List<String> here = g.stream().filter(elsewhere.negate()).toList();
      named.add(io.credpath.rules.facts.Phrases.or((here.isEmpty() ? g : here).stream()
          .map(id -> catalog.findCredential(id).map(Credential::title).orElse(id)).toList()));
    }
    java.util.Optional<io.credpath.catalog.EntryRoute> currentRoute = request.profile().currentOccupation()
        .flatMap(catalog::findOccupation).flatMap(io.credpath.catalog.Occupation::entryRoute);
    return new Learner(request.tenant().orElse(""), request.profile().experienceYears(),
        Set.copyOf(request.profile().heldCredentials()), education, stated.isPresent(), job,
        List.copyOf(named),
        licences.stream().filter(c -> !c.jurisdiction().isEmpty())
            // A one-state licence a listed stand-in stands for ("your state's") goes without saying.
            .filter(c -> licences.stream().noneMatch(l -> l.stateVersions().contains(c.id()))).map(Credential::title).toList(),
        currentRoute.map(io.credpath.catalog.EntryRoute::firstSteps).orElse(List.of()),
        currentRoute.map(io.credpath.catalog.EntryRoute::employerProvided).orElse(List.of()),
        currentRoute.map(r -> io.credpath.planner.GapAnalysis.routeHeld(r, request.profile().heldCredentials())).orElse(false));
  }

  /** The preferences and budget of a request, normalised for matching in DRL. */
  static Wishes wishes(PlanRequest request) {
    Preferences p = request.preferences();
    return new Wishes(p.delivery().stream().map(Delivery::wireName).collect(Collectors.toSet()), lower(p.languages()),
        lower(p.preferProviders()), lower(p.avoidProviders()), p.maxSingleCost().orElse(Double.POSITIVE_INFINITY),
        p.accreditedOnly(), request.budget().maxCost().orElse(Double.POSITIVE_INFINITY), request.budget().currency(),
        !p.languages().isEmpty(), p.allowUnknownCost(), p.region());
  }

  /**
   * The candidate fact of one credential for a target: whether it is recognised for it (curated as preparing for it, or
   * named by its route: {@code onRoute}), whether it is of the field.
   */
  Candidate candidate(Credential c, String target, boolean onRoute, boolean ofField) {
    return candidate(c, target, onRoute, ofField, Set.of(), Double.POSITIVE_INFINITY);
  }

  /**
   * As above, for a learner who holds {@code held} and can spend {@code maxCost}: the years of experience are those of a
   * route open to them ({@link ExperienceRequirement#yearsFor(Credential, Set, double)}).
   */
  Candidate candidate(Credential c, String target, boolean onRoute, boolean ofField, Set<String> held, double maxCost) {
    Cached hit = cache.get(c.id());
    // Identity, not equals: records are immutable, and hashing a whole Credential costs more than building the fact.
    Candidate base = hit != null && hit.source() == c ? hit.fact() : null;
    if (base == null) {
      base = build(c);
      cache.put(c.id(), new Cached(c, base));
    }
    boolean recognised = onRoute || c.preparesFor().contains(target);
    double years = base.experienceRequired() == 0 ? 0 : experience.yearsFor(c, held, maxCost);
    if (base.recognisedForTarget() == recognised && base.ofField() == ofField && years == base.experienceRequired()) return base;
    return new Candidate(base.id(), base.title(), base.type(), base.provider(), base.providerKey(), base.delivery(),
        base.language(), base.cost(), base.hours(), base.accredited(), base.rating(), base.retired(), years,
        Math.max(years, base.experienceRecommended()), base.stacks(), base.costKnown(), base.level(), recognised, ofField, base.conferredBy(), base.jurisdiction(),
        base.minEducation(), base.recommendsFirst(), base.recommendsFirstTitles(), base.recommendsFirstLevel());
  }

  /** The years of work {@code c}'s issuer asks for or recommends on its easiest route, 0 when none. */
  double yearsOfWork(Credential c) {
    return experience.recommendedYearsFor(c);
  }

  private Candidate build(Credential c) {
    List<String> recommended = c.recommends().map(r -> r.credentialIds().stream().distinct().toList()).orElse(List.of());
    return new Candidate(c.id(), c.title(), c.type().wireName(), c.provider(), key(c.provider()), c.delivery().wireName(),
        key(c.language()), c.cost().total(), c.hours(), c.quality().accredited(), c.rating().orElse(0), c.retired(),
        experience.yearsFor(c), experience.recommendedYearsFor(c), stacksByComponent.getOrDefault(c.id(), List.of()), c.cost().known(), c.level(), false, false,
        c.conditions().stream().filter(k -> k.kind().equals(io.credpath.catalog.Condition.EMPLOYER)).map(io.credpath.catalog.Condition::text)
            .findFirst().orElse(""), c.jurisdiction(), minEducation(c), recommended,
        recommended.stream().map(id -> catalog.findCredential(id).map(Credential::title).orElse(id)).toList(),
        recommended.stream().mapToInt(id -> catalog.findCredential(id).map(Credential::level).orElse(0)).max().orElse(0));
  }

  private static Set<String> lower(Set<String> values) {
    return values.stream().map(CandidateFacts::key).collect(Collectors.toSet());
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** The least education {@code c}'s conditions ask for (O*NET category), 0 when none. */
  static int minEducation(Credential c) {
    return c.conditions().stream().mapToInt(io.credpath.catalog.Condition::minEducation).max().orElse(0);
  }
}
