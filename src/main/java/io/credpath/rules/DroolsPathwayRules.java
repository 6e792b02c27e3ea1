package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.OccupationRelevance;
import io.credpath.planner.Pathway;
import io.credpath.planner.PathwayRules;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Reason;
import io.credpath.rules.facts.Advice;
import io.credpath.rules.facts.CurrentRelevance;
import io.credpath.rules.facts.Derived;
import io.credpath.rules.facts.EarnedStack;
import io.credpath.rules.facts.HeldCredential;
import io.credpath.rules.facts.Note;
import io.credpath.rules.facts.PreparesFor;
import io.credpath.rules.facts.StepReason;
import io.credpath.rules.facts.Target;
import io.credpath.rules.facts.Exclusion;
import io.credpath.rules.facts.ExperienceElsewhere;
import io.credpath.rules.facts.Relevance;
import io.credpath.rules.facts.Warning;
import io.credpath.rules.facts.Weight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planner's rules, run by Drools: {@link #assess} fires eligibility.drl, scoring.drl and explain.drl's notes on the
 * move over the candidates, {@link #review} fires stacking.drl, advice.drl and explain.drl's step reasons over one
 * pathway. Every file in {@code rules/} (plus the tenant's overlay) shares one KieBase; each pass inserts only its own
 * facts, so the other pass's rules find nothing to match.
 */
public final class DroolsPathwayRules implements PathwayRules {
  /** The contract's recognition weight for a candidate no scoring rule weighed. */
  private static final double UNWEIGHED = 1.0;
  private static final Comparator<Weight> HEAVIEST_FIRST =
      Comparator.comparingDouble(Weight::amount).reversed().thenComparing(Weight::rule);
  private static final Comparator<Reason> BY_RULE = Comparator.comparing(Reason::rule).thenComparing(Reason::text);
  /** What a step closes first, then how it builds on what is held, then why it beats the next option. */
  private static final Comparator<Reason> STEP_REASON_ORDER = Comparator.comparingInt((Reason r) ->
      r.rule().startsWith("ExplainWhat") ? 0 : r.rule().startsWith("ExplainBuilds") ? 1 : 2).thenComparing(BY_RULE);
  private final RuleBase rules;
  private final Catalog catalog;
  /** Per credential, the titles of the jobs whose years count toward it ({@link #preparesFor}), worked out once. */
  private final Map<String, List<String>> countingJobs = new java.util.concurrent.ConcurrentHashMap<>();
  private final CandidateFacts candidateFacts;
  private final PrerequisiteChain prerequisites;
  private final io.credpath.planner.GapAnalysis gaps;
  private final PathwayFacts pathwayFacts;
  private final OccupationRelevance relevance;
  /**
   * The standing each compiled rule base gives each catalogue ({@link #standing}), worked out once and shared by every
   * engine over them (the start-up trial of the rules and the planner that serves them); weak keys, so a reloaded rule
   * base or catalogue takes its standing with it.
   */
  private static final Map<DrlCompilation.Compiled, Map<Catalog, java.util.concurrent.CompletableFuture<Map<String, Double>>>>
      STANDINGS = new java.util.WeakHashMap<>();
  /** Per tenant, the standing this engine last answered and the compilation it is of. */
  private final Map<String, Standing> seenStandings = new java.util.concurrent.ConcurrentHashMap<>();

  private record Standing(DrlCompilation.Compiled compiled, Map<String, Double> weights) {}

  /**
   * The target of the standing pass: no title, no route, no credentials named, so every credential is weighed as one of
   * its own field that nobody names by route.
   */
  private static final Target ANY_FIELD = new Target("", "", "", "", 0, false, List.of(), List.of(), List.of(), 0, "", 0,
      List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
      java.util.Map.of(), List.of());

  /** Runs {@code rules} (per request tenant) with stack and prerequisite facts drawn from {@code catalog}. */
  public DroolsPathwayRules(RuleBase rules, Catalog catalog) {
    this.rules = rules;
    this.catalog = catalog;
    this.candidateFacts = new CandidateFacts(catalog);
    this.prerequisites = new PrerequisiteChain(catalog);
    // What a learner holds, as the planner counts it (their job's skills too), for the prerequisite chains.
    this.gaps = new io.credpath.planner.GapAnalysis(catalog, rules.gapPolicy());
    this.relevance = new OccupationRelevance(catalog);
    this.pathwayFacts = new PathwayFacts(catalog, relevance, gaps);
  }

  /** Excludes, weighs and explains each candidate with the request's tenant rules, and notes on the move as a whole. */
  @Override
  public Assessment assess(PlanRequest request, Occupation target, List<Credential> candidates, Set<String> ofField) {
    List<Object> facts = new ArrayList<>(candidates.size() + 3);
    facts.add(CandidateFacts.learner(request, catalog, bearsOn(target, candidates)));
    facts.add(CandidateFacts.wishes(request));
    Target targetFact = targetFact(target, request);
    facts.add(targetFact);
    for (String id : request.profile().heldCredentials()) {
      catalog.findCredential(id).ifPresent(c -> facts.add(new HeldCredential(c.id(), c.title(), c.provider(), c.retired())));
    }
    Map<String, Integer> order = new HashMap<>();
    io.credpath.catalog.Holdings held = null;
    // A credential the target's own route names is recognised for it, whatever jobs it is curated for (as the planner
    // counts it: GapAnalysis.recognisedFor); one it names as valued by some employers too (weighed as that, not as a
    // certification of another field: a SOLIDWORKS associate exam for a mechanical engineer).
    Set<String> routeNamed = new java.util.HashSet<>(target.entryRoute().map(io.credpath.catalog.EntryRoute::named).orElse(Set.of()));
    target.entryRoute().ifPresent(r -> routeNamed.addAll(r.alsoHelps()));
    Set<String> heldIds = Set.copyOf(request.profile().heldCredentials());
    double maxCost = request.budget().maxCost().orElse(Double.POSITIVE_INFINITY);
    for (Credential c : candidates) {
      facts.add(candidateFacts.candidate(c, target.id(), routeNamed.contains(c.id()), ofField.contains(c.id()), heldIds, maxCost));
      order.putIfAbsent(c.id(), order.size());
      // (a first step's chain only where curators wrote what it requires: an imported course's assumed background is
      // no gate worth a note, and following it through every teacher of a skill is costly)
      if (targetFact.entryCredentials().contains(c.id())
          || targetFact.firstSteps().contains(c.id()) && c.requires().isPresent() && !c.estimates().contains("requires")) {
        if (held == null) held = gaps.holdings(request.profile());
        prerequisites.of(c, request, held, true).ifPresent(facts::add);
        prerequisites.of(c, request, held, false).ifPresent(facts::add);
      }
      if (!c.preparesFor().isEmpty()) facts.add(preparesFor(c, request));
    }
    addStateVersions(facts, candidates);
    addRelevance(facts, request, target, candidates);
    List<Derived> derived = new RuleRun(rules.compiledFor(request.tenant()), facts).derive();
    List<Exclusion> exclusions = new ArrayList<>();
    Map<String, Double> recognition = new LinkedHashMap<>();
    Map<String, List<Weight>> weights = new HashMap<>();
    List<Reason> notes = new ArrayList<>();
    Set<String> elsewhere = new java.util.HashSet<>();
    Map<String, List<String>> baseFirst = new HashMap<>();
    for (Derived d : derived) {
      if (d instanceof Exclusion e) exclusions.add(e);
      if (d instanceof ExperienceElsewhere x) elsewhere.add(x.credential());
      if (d instanceof io.credpath.rules.facts.BaseFirst b) {
        baseFirst.merge(b.credential(), b.bases(), (x, y) -> java.util.stream.Stream.concat(x.stream(), y.stream()).distinct().sorted().toList());
      }
      if (d instanceof Weight w) weights.computeIfAbsent(w.credential(), k -> new ArrayList<>()).add(w);
      if (d instanceof Note n) notes.add(new Reason(n.rule(), n.reason()));
    }
    notes.sort(BY_RULE);
    Map<String, List<Reason>> reasons = new HashMap<>();
    for (Credential c : candidates) {
      List<Weight> ws = weights.get(c.id());
      if (ws == null) {
        recognition.put(c.id(), UNWEIGHED);
        continue;
      }
      double sum = 0;
      for (Weight w : ws) sum += w.amount();
      recognition.put(c.id(), sum);
      ws.sort(HEAVIEST_FIRST);
      List<Reason> rs = new ArrayList<>(ws.size());
      for (Weight w : ws) rs.add(new Reason(w.rule(), w.reason()));
      reasons.put(c.id(), rs);
    }
    exclusions.sort(Comparator.<Exclusion>comparingInt(e -> order.getOrDefault(e.credential(), Integer.MAX_VALUE))
        .thenComparing(Exclusion::rule));
    return new Assessment(exclusions.stream().map(e -> new PlanResult.Excluded(e.credential(), e.rule(), e.reason())).toList(),
        recognition, reasons, notes, elsewhere, baseFirst);
  }

  /**
   * Runs the tenant's rules once per compilation and catalogue over every credential of the catalogue against
   * {@link #ANY_FIELD}, in as many parts as there are processors: a credential's standing is the sum of the weights the
   * scoring rules derive for it there (none: absent, weight 1). A caller asking while another works it out waits for it.
   */
  @Override
  public Map<String, Double> standing(Optional<String> tenant) {
    DrlCompilation.Compiled compiled = rules.compiledFor(tenant);
    // (each request asks: answered from this engine's own copy while the tenant's rules stay the same)
    Standing seen = seenStandings.get(tenant.orElse(""));
    if (seen != null && seen.compiled() == compiled) return seen.weights();
    Map<String, Double> weights = sharedStanding(compiled);
    seenStandings.put(tenant.orElse(""), new Standing(compiled, weights));
    return weights;
  }

  private Map<String, Double> sharedStanding(DrlCompilation.Compiled compiled) {
    java.util.concurrent.CompletableFuture<Map<String, Double>> mine = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CompletableFuture<Map<String, Double>> known;
    synchronized (STANDINGS) {
      known = STANDINGS.computeIfAbsent(compiled, k -> new java.util.WeakHashMap<>()).putIfAbsent(catalog, mine);
    }
    if (known != null) {
      try {
        return known.join();
      } catch (java.util.concurrent.CompletionException e) {
        // (the rule that failed, as the caller that worked it out saw it)
        if (e.getCause() instanceof RuntimeException cause) throw cause;
        throw e;
      }
    }
    try {
      mine.complete(standingUnder(compiled));
    } catch (RuntimeException e) {
      synchronized (STANDINGS) {
        STANDINGS.getOrDefault(compiled, Map.of()).remove(catalog);
      }
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  private Map<String, Double> standingUnder(DrlCompilation.Compiled compiled) {
    List<Credential> all = List.copyOf(catalog.credentials());
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), all.size() / 500));
    List<List<Derived>> derived = java.util.stream.IntStream.range(0, parts).parallel().mapToObj(p -> {
      List<Object> facts = new ArrayList<>(all.size() / parts + 2);
      facts.add(ANY_FIELD);
      for (int i = p; i < all.size(); i += parts) facts.add(candidateFacts.candidate(all.get(i), "", false, true));
      return new RuleRun(compiled, facts).derive();
    }).toList();
    Map<String, Double> weights = new HashMap<>();
    for (List<Derived> part : derived) {
      for (Derived d : part) if (d instanceof Weight w) weights.merge(w.credential(), w.amount(), Double::sum);
    }
    return Map.copyOf(weights);
  }

  /** Which candidates stand for each state's own credential, and which of their state versions are candidates too. */
  private static void addStateVersions(List<Object> facts, List<Credential> candidates) {
    Map<String, Credential> byId = new HashMap<>();
    for (Credential c : candidates) byId.put(c.id(), c);
    for (Credential c : candidates) {
      for (String version : c.stateVersions()) {
        Credential v = byId.get(version);
        if (v != null) facts.add(new io.credpath.rules.facts.StateVersion(c.id(), v.id(), v.jurisdiction()));
      }
    }
  }

  private PreparesFor preparesFor(Credential c, PlanRequest request) {
    // The jobs whose years count toward it: those it prepares for first, then (except for a certification) the others of
    // their SOC broad occupation (an EMT's years toward the paramedic programme), then those its issuer counts; the rules
    // name the first two.
    // A certification's issuer counts only experience in the work it certifies (ASE's collision tests count collision
    // work, not a mechanic's years beside it: held-out review #38), so its jobs are those it prepares for and those its
    // issuer names, never the rest of their SOC broad occupation.
    boolean strict = c.type() == io.credpath.catalog.CredentialType.CERTIFICATION;
    List<String> jobs = countingJobs.computeIfAbsent(c.id(), k -> {
      List<String> ids = new java.util.ArrayList<>(c.preparesFor());
      for (Occupation o : catalog.occupations()) {
        if (!strict && !ids.contains(o.id()) && !c.experienceIn().contains(o.id()) && !o.catchAll() && c.inItsField(o.id())) ids.add(o.id());
      }
      c.experienceIn().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
      return ids.stream().map(id -> catalog.findOccupation(id).map(Occupation::title).orElse(id)).toList();
    });
    // Years in a job its issuer counts (a deckhand's sea time toward the captain's licence) count as years in its jobs.
    boolean current = request.profile().currentOccupation()
        .map(o -> strict ? c.preparesFor().contains(o) || c.experienceIn().contains(o) : c.inItsField(o)).orElse(false);
    return new PreparesFor(c.id(), jobs, current);
  }

  private Target targetFact(Occupation o, PlanRequest request) {
    List<String> recognised = o.credentials().stream().map(id -> catalog.findCredential(id).map(Credential::title).orElse(id)).toList();
    int level = o.education().map(io.credpath.catalog.Education::level).orElse(0);
    String education = o.education().map(io.credpath.catalog.Education::name).orElse("");
    double share = o.education().map(io.credpath.catalog.Education::share).orElse(0.0);
    Optional<io.credpath.catalog.EntryRoute> currentRoute = request.profile().currentOccupation().flatMap(catalog::findOccupation)
        .flatMap(Occupation::entryRoute);
    if (o.entryRoute().isEmpty()) {
      return new Target(o.id(), o.title(), "", "", 0, false, recognised, o.credentials(), List.of(), level, education,
          share, List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of(), specificJobs(o), List.of(), List.of(), List.of(), List.of(),
          java.util.Map.of(), List.of());
    }
    io.credpath.catalog.EntryRoute r = o.entryRoute().get();
    // Someone who holds the route's own credential is past the way in: of what the route names as valued, only what
    // builds on it is said to them, as their next step (not the nursing assistant exam on the RN route).
    // (one state's version of a held stand-in for every state's own goes without saying, as in the licence note)
    List<Credential> heldOnRoute = r.credentials().stream().filter(request.profile().heldCredentials()::contains)
        .flatMap(id -> catalog.findCredential(id).stream()).toList();
    List<String> routeHeld = heldOnRoute.stream()
        .filter(c -> heldOnRoute.stream().noneMatch(other -> other.stateVersions().contains(c.id())))
        .map(Credential::title).toList();
    List<String> nextSteps = io.credpath.planner.GapAnalysis.nextSteps(catalog, r, request.profile());
    // (what the learner holds, or is taken to hold from their job, is not named as something to take)
    // (another state's version is no help where the learner lives; without their state, one state's version of a
    // stand-in the route also names goes without saying, as ExcludeOneStatesVersionWithoutTheLearnersState has it for
    // steps: held-out review #36 read "Florida Notary Public Commission" in a cashier's answer with no state given)
    String region = request.preferences().region();
    List<String> named = r.alsoHelps();
    List<Credential> alsoHelps = named.stream().filter(id -> !request.profile().heldCredentials().contains(id))
        .filter(id -> routeHeld.isEmpty() || nextSteps.contains(id))
        .flatMap(id -> catalog.findCredential(id).stream())
        .filter(c -> c.jurisdiction().isEmpty() || c.jurisdiction().equals(region)
            || region.isEmpty() && named.stream().flatMap(id -> catalog.findCredential(id).stream())
                .noneMatch(g -> g.stateVersions().contains(c.id())))
        // (nor, before the route's own credential, what asks for it first and for no years the "later" note would name:
        // a radiographer's post-primary CT and mammography certifications are for those who hold the primary, held-out
        // review #43 read them as noise for a nursing assistant; for someone who holds it they are the next steps above)
        .filter(c -> !routeHeld.isEmpty() || yearsStillToWork(c, request) > 0
            || c.requires().map(q -> q.credentialIds().stream().noneMatch(r.credentials()::contains)).orElse(true))
        .toList();
    // (what the route aims at and its first steps are behind someone who holds its credential; its first steps are
    // behind someone whose years already open what builds on them, as GapAnalysis has it)
    boolean behind = !routeHeld.isEmpty();
    boolean stepsBehind = behind || !nextSteps.isEmpty();
    // (what counts in one place only, not the learner's, is not what this learner's employers ask for: see
    // PathwayPlanner#placed and ExcludeOnePlacesOwnWithoutTheLearnersState)
    java.util.function.Predicate<String> here = id -> catalog.findCredential(id).map(c -> !c.countsOnlyElsewhere(region)).orElse(true);
    List<String> aimedAt = r.aimedAt().stream().filter(here).toList();
    return new Target(o.id(), o.title(), r.route(), r.summary(), r.typicalMonths().orElse(0),
        gaps.gatedFor(o, request.profile()), recognised,
        behind || stepsBehind && !r.credentials().containsAll(r.aimedAt()) ? List.of() : aimedAt,
        r.credentials().stream().filter(here).toList(), level,
        education, share, stepsBehind ? List.of() : r.firstSteps().stream().filter(id -> !r.aimedAt().contains(id)).filter(here).toList(),
        r.employerProvided(),
        alsoHelps.stream().map(Credential::title).toList(), r.alsoHelps(), alsoHelps.stream().map(c -> yearsStillToWork(c, request)).toList(),
        r.firstStepsBehind(currentRoute, request.profile().experienceYears()), requiredBeside(r), specificJobs(o), routeHeld,
        nextSteps, nextSteps.stream().map(id -> catalog.findCredential(id).map(Credential::title).orElse(id)).toList(),
        alsoHelps.stream().map(Credential::conditions).toList(), r.stepReasons(),
        r.firstStepsPastFrom(currentRoute, request.profile().experienceYears()));
  }

  /**
   * The years of work {@code c}'s issuer asks for or recommends that the learner has still to do: none when their
   * current job is in its field (one it prepares for, or whose years its issuer counts) and they have worked it that long
   * (an HR specialist's five years toward the PHR's two).
   */
  private double yearsStillToWork(Credential c, PlanRequest request) {
    double years = candidateFacts.yearsOfWork(c);
    boolean inField = request.profile().currentOccupation().map(c::inItsField).orElse(false);
    return inField && request.profile().experienceYears() >= years ? 0 : years;
  }

  /** For a catch-all "All Other" occupation, up to four specific occupations of its SOC minor group; else none. */
  private List<String> specificJobs(Occupation o) {
    if (!o.catchAll()) return List.of();
    String minor = o.id().substring(0, 4);
    return catalog.occupations().stream().filter(s -> s.id().startsWith(minor) && s.id().endsWith(".00") && !s.catchAll())
        .map(Occupation::title).limit(4).toList();
  }

  /**
   * Whether a licence the learner's job is taken to hold bears on a plan for {@code target}: the target's route names it
   * (or it stands for a state's version the route names), it is of the target's field (it prepares for a job of the
   * same SOC minor group), or a candidate asks for it first. A waiter's food handler card says nothing about a parts
   * counter (held-out review #43 read the assumption as noise there), a mechanic's ASE tests do about a boat shop.
   */
  private java.util.function.Predicate<Credential> bearsOn(Occupation target, List<Credential> candidates) {
    Set<String> named = new java.util.HashSet<>();
    target.entryRoute().ifPresent(r -> {
      named.addAll(r.named());
      named.addAll(r.alsoHelps());
      named.addAll(r.firstSteps());
      r.requiredGroups().forEach(named::addAll);
    });
    String minor = target.id().substring(0, 4);
    return c -> named.contains(c.id()) || c.stateVersions().stream().anyMatch(named::contains)
        || named.stream().flatMap(id -> catalog.findCredential(id).stream()).anyMatch(n -> n.stateVersions().contains(c.id()))
        || c.preparesFor().stream().anyMatch(o -> o.startsWith(minor))
        || candidates.stream().anyMatch(x -> x.requires().map(q -> q.credentialIds().contains(c.id())).orElse(false));
  }

  /** What a short route's employers require beside its own steps, with each one's state versions. */
  private List<String> requiredBeside(io.credpath.catalog.EntryRoute r) {
    return r.gated() ? List.of() : catalog.withStateVersions(r.requiredGroups().stream().flatMap(List::stream).toList());
  }

  /** A Relevance fact per candidate for the target, and a CurrentRelevance for the learner's current occupation. */
  private void addRelevance(List<Object> facts, PlanRequest request, Occupation target, List<Credential> candidates) {
    Optional<Occupation> current = request.profile().currentOccupation().flatMap(relevance::occupation);
    for (Credential c : candidates) {
      relevance.measure(c, target).ifPresent(m -> facts.add(new Relevance(c.id(), m.share(), m.onTarget(), m.taught())));
      current.flatMap(o -> relevance.measureAtWork(c, o))
          .ifPresent(m -> facts.add(new CurrentRelevance(c.id(), m.share(), m.onTarget(), m.taught())));
    }
  }

  /** Stacks earned on the way, suggestions, warnings and step reasons for one pathway. */
  @Override
  public Review review(PlanRequest request, PathwayDraft draft) {
    String title = draft.target().title();
    List<Derived> derived = new RuleRun(rules.compiledFor(request.tenant()), pathwayFacts.of(request, draft, title)).derive();
    List<Pathway.StackEarned> stacks = new ArrayList<>();
    List<Reason> suggestions = new ArrayList<>();
    List<Reason> warnings = new ArrayList<>();
    Map<String, List<Reason>> stepReasons = new LinkedHashMap<>();
    for (Derived d : derived) {
      if (d instanceof EarnedStack s) stacks.add(new Pathway.StackEarned(s.stack(), s.title(), s.via()));
      if (d instanceof Advice s) suggestions.add(new Reason(s.rule(), s.reason()));
      if (d instanceof Warning w) warnings.add(new Reason(w.rule(), w.reason()));
      if (d instanceof StepReason r) stepReasons.computeIfAbsent(r.credential(), k -> new ArrayList<>()).add(new Reason(r.rule(), r.reason()));
    }
    stacks.sort(Comparator.comparing(Pathway.StackEarned::credential));
    suggestions.sort(BY_RULE);
    warnings.sort(BY_RULE);
    stepReasons.values().forEach(l -> l.sort(STEP_REASON_ORDER));
    return new Review(stacks, suggestions, warnings, stepReasons);
  }
}
