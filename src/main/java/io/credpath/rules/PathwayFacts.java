package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Condition;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Renewal;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.Stack;
import io.credpath.planner.PathwayRules.PathwayDraft;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult.GapItem;
import io.credpath.rules.facts.Draft;
import io.credpath.rules.facts.ExperienceAsked;
import io.credpath.rules.facts.NextBest;
import io.credpath.rules.facts.StepConfirms;
import io.credpath.rules.facts.StepGain;
import io.credpath.rules.facts.PathwayStep;
import io.credpath.rules.facts.Phrases;
import io.credpath.rules.facts.StackProgress;
import io.credpath.rules.facts.Uncovered;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a pathway draft into the facts the second-pass (stacking, advice) rules read. Stack progress is counted
 * here with {@link Holdings#missing}; what to say about it is the rules' decision.
 */
final class PathwayFacts {
  private final Catalog catalog;
  private final ExperienceRequirement experience;
  private final io.credpath.catalog.OccupationRelevance relevance;
  private final io.credpath.planner.GapAnalysis gaps;
  /** The catalogue's stacks, in its order. */
  private final List<Stack> stacks;
  /** Per credential id, the places in {@link #stacks} of the stacks it is a component of. */
  private final Map<String, int[]> stacksOf;
  /** Per credential id, the first sentence of its description ({@link #firstSentence}), worked out once. */
  private final Map<String, String> firstSentences = new java.util.concurrent.ConcurrentHashMap<>();

  PathwayFacts(Catalog catalog, io.credpath.catalog.OccupationRelevance relevance, io.credpath.planner.GapAnalysis gaps) {
    this.catalog = catalog;
    this.gaps = gaps;
    this.experience = new ExperienceRequirement(catalog);
    this.relevance = relevance;
    Map<String, List<Integer>> places = new HashMap<>();
    this.stacks = List.copyOf(catalog.stacks());
    for (int i = 0; i < stacks.size(); i++) {
      for (String id : new LinkedHashSet<>(stacks.get(i).components().credentialIds())) {
        places.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> of = new HashMap<>();
    places.forEach((id, at) -> of.put(id, at.stream().mapToInt(Integer::intValue).toArray()));
    this.stacksOf = Map.copyOf(of);
  }

  /** Every fact describing {@code draft} for {@code request} and its target occupation. */
  List<Object> of(PlanRequest request, PathwayDraft draft, String targetTitle) {
    List<Object> facts = new ArrayList<>();
    facts.add(CandidateFacts.learner(request, catalog));
    facts.add(CandidateFacts.wishes(request));
    facts.add(new Draft(draft.label(), draft.cost(), draft.hours(), draft.weeks(), draft.coverage(),
        request.budget().maxCost().orElse(Double.POSITIVE_INFINITY), request.budget().maxHours().orElse(Double.POSITIVE_INFINITY),
        request.budget().currency(), draft.estimatedWeeks(), request.budget().maxWeeks().orElse(0), targetTitle,
        draft.closingCost(), draft.closingWeeks()));
    facts.add(new io.credpath.rules.facts.TargetRoute(draft.target().entryRoute().map(io.credpath.catalog.EntryRoute::route).orElse(""),
        gaps.gatedFor(draft.target(), request.profile()),
        draft.gap().stream().anyMatch(g -> g.kind().equals(io.credpath.planner.PlanResult.ROUTE)),
        // (in the field: past the route's first steps, or with years that open the field's next credential, a cook's
        // six toward the ACF's)
        gaps.pastFirstStepsOf(draft.target(), request.profile())
            || draft.gap().stream().anyMatch(g -> g.skill().startsWith(io.credpath.planner.PlanResult.NEXT_STEP))));
    // (the years a credential asks are those of a route open to this learner: through what they hold or this pathway
    // earns, or what the budget buys)
    Set<String> open = new java.util.HashSet<>(request.profile().heldCredentials());
    draft.steps().forEach(x -> open.add(x.id()));
    double budget = request.budget().maxCost().orElse(Double.POSITIVE_INFINITY);
    for (GapItem g : draft.uncovered()) {
      List<Credential> options = g.oneOf().stream().flatMap(id -> catalog.findCredential(id).stream()).toList();
      boolean yearsFirst = !options.isEmpty() && options.stream().allMatch(c -> yearsStillToWork(c, request, open, budget) > 0);
      facts.add(new Uncovered(g.skill(), g.name(), g.requiredLevel(), g.heldLevel(), g.importance(), g.essential(),
          g.coverable(), g.bestLevel(), g.kind(),
          g.oneOf().stream().map(id -> catalog.findCredential(id).map(Credential::title).orElse(id)).toList(), yearsFirst));
    }
    Holdings held = heldBy(request, draft);
    Holdings sofar = held;
    Map<String, Integer> reached = new HashMap<>();
    for (GapItem g : draft.gap()) reached.put(g.skill(), g.heldLevel());
    Map<String, Credential> reachedBy = new HashMap<>();
    Map<String, GapItem> items = new HashMap<>();
    draft.gap().forEach(g -> items.put(g.skill(), g));
    io.credpath.catalog.Occupation target = draft.target();
    for (int i = 0; i < draft.steps().size(); i++) {
      Credential c = draft.steps().get(i);
      List<String> named = new ArrayList<>();
      List<String> skill = new ArrayList<>();
      List<String> recommended = new ArrayList<>();
      neededBy(c, draft.steps().subList(i + 1, draft.steps().size()), sofar, named, skill, recommended);
      facts.add(step(c, i + 1, sofar, named, skill, recommended, target, draft.placedLate().contains(c.id()),
          draft.selfPaced().contains(c.id()), request.profile().currentOccupation().map(c::inItsField).orElse(false)));
      gains(facts, c, draft, items, reached, reachedBy);
      Credential alt = draft.nextBest().get(c.id());
      if (alt != null) {
        List<Credential> first = stepsAskedFirst(c, draft.steps());
        facts.add(new NextBest(c.id(), c.title(), c.cost().total() + first.stream().mapToDouble(x -> x.cost().total()).sum(),
            c.hours() + first.stream().mapToDouble(Credential::hours).sum(), draft.recognition().getOrDefault(c.id(), 1.0),
            alt.id(), alt.title(), alt.cost().total(), alt.hours(), draft.recognition().getOrDefault(alt.id(), 1.0),
            first.stream().map(Credential::title).toList()));
      }
      if (c.maxWeeks() > 0) {
        facts.add(new io.credpath.rules.facts.Pace(c.id(), c.title(), c.type().wireName(), c.hours(), c.minWeeks(), c.maxWeeks(),
            request.budget().hoursPerWeek()));
      }
      double years = experience.yearsFor(c, open, budget);
      if (years > 0) facts.add(new ExperienceAsked(c.id(), c.title(), c.provider(), years));
      sofar = sofar.plus(List.of(c));
    }
    addStackProgress(facts, held, sofar, draft.steps(), target);
    for (int i = 0; i < draft.routeOptions().size(); i++) {
      Credential o = draft.routeOptions().get(i);
      facts.add(new io.credpath.rules.facts.RouteOption(o.id(), o.title(), o.cost().total(), o.hours(), i + 1));
    }
    return facts;
  }

  /**
   * A gap item as something the learner holds: a group of tools ("One of Linux, Bash, Microsoft Windows") is its kind,
   * "operating system software", since what they hold may be any one of them; any other item is its name.
   */
  private String heldName(GapItem g) {
    if (!g.kind().equals(io.credpath.planner.PlanResult.TOOL) || g.oneOf().size() < 2) return g.name();
    return catalog.findSkill(g.skill()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).orElse(g.name());
  }

  /**
   * A StepGain per gap item the step closes or half closes, from the level held before it (job, credentials, earlier
   * steps); a StepConfirms per item it closes that an earlier step ({@code reachedBy}) already closed.
   */
  private void gains(List<Object> facts, Credential c, PathwayDraft draft, Map<String, GapItem> items,
      Map<String, Integer> reached, Map<String, Credential> reachedBy) {
    for (String item : draft.closes().getOrDefault(c.id(), List.of())) gain(facts, c, items.get(item), reached, reachedBy, true);
    for (String item : draft.partly().getOrDefault(c.id(), List.of())) gain(facts, c, items.get(item), reached, reachedBy, false);
  }

  private void gain(List<Object> facts, Credential c, GapItem g, Map<String, Integer> reached,
      Map<String, Credential> reachedBy, boolean full) {
    if (g == null) return;
    int before = reached.getOrDefault(g.skill(), g.heldLevel());
    int to = full ? g.requiredLevel() : g.requiredLevel() - 1;
    if (to <= before) {
      Credential by = reachedBy.get(g.skill());
      if (full && by != null) facts.add(new StepConfirms(c.id(), g.skill(), g.name(), g.kind(), by.title(), c.level() > by.level(),
          c.isCertification() || c.type() == io.credpath.catalog.CredentialType.LICENCE));
      return;
    }
    facts.add(new StepGain(c.id(), c.title(), g.skill(), g.name(), heldName(g), g.kind(), before, g.heldLevel(), to,
        g.requiredLevel(), full));
    reached.put(g.skill(), to);
    reachedBy.put(g.skill(), c);
  }

  /** What the learner holds before the pathway, as the planner counts it (their job's skills and tools too). */
  private Holdings heldBy(PlanRequest request, PathwayDraft draft) {
    List<Credential> known = draft.held().stream().flatMap(id -> catalog.findCredential(id).stream()).toList();
    Holdings held = gaps.holdings(request.profile()).plus(known);
    for (String id : draft.held()) if (catalog.findCredential(id).isEmpty()) held = held.withCredential(id);
    return held;
  }


  /**
   * The later steps whose prerequisites {@code c} helps meet, given what was held before it: by naming it (their titles,
   * in {@code named}) or by asking for a skill level it teaches ("<title> assumes <skill> at level <n>", in {@code skill}).
   */
  private void neededBy(Credential c, List<Credential> later, Holdings before, List<String> named, List<String> skill,
      List<String> recommended) {
    for (Credential planned : later) {
      // What the catalogue says it asks for; the plan may also ask for a base its issuer recommends (the rules' pairing).
      Credential l = original(planned);
      if (planned.requires().isPresent() && !l.requires().equals(planned.requires())
          && planned.requires().get().credentialIds().contains(c.id())
          && l.requires().map(r -> !r.credentialIds().contains(c.id())).orElse(true)) {
        recommended.add(planned.title());
      }
      if (l.requires().isEmpty()) continue;
      boolean[] names = {false};
      List<String> skills = new ArrayList<>();
      l.requires().get().forEachLeaf(leaf -> {
        if (leaf instanceof io.credpath.catalog.Requirement.HasCredential hc && hc.credential().equals(c.id())) names[0] = true;
        if (leaf instanceof io.credpath.catalog.Requirement.HasSkill hs && before.levelFor(hs.skill()) < hs.level()
            && c.strongLevelOf(hs.skill()) >= hs.level()) {
          skills.add(catalog.findSkill(hs.skill()).map(io.credpath.catalog.Skill::name).orElse(hs.skill()) + " at level " + hs.level());
        }
      });
      if (names[0]) named.add(planned.title());
      else if (!skills.isEmpty()) skill.add(planned.title() + " assumes " + Phrases.and(skills));
    }
  }

  /** The catalogue's own record of a step (the plan may carry it with a recommended base it asks for first). */
  private Credential original(Credential c) {
    return catalog.findCredential(c.id()).orElse(c);
  }

  private PathwayStep step(Credential c, int position, Holdings before, List<String> neededBy, List<String> skillFor,
      List<String> recommendedBy, io.credpath.catalog.Occupation target, boolean placedLate, boolean selfPaced, boolean inItsField) {
    List<String> strong = named(c, target, true);
    List<String> shown = strong.isEmpty() ? named(c, target, false) : strong;
    List<String> first = c.recommends().filter(r -> !before.satisfies(r))
        .map(r -> r.credentialIds().stream().filter(id -> !before.credentials().contains(id)).distinct().map(this::title).toList())
        .orElse(List.of());
    List<String> builtOn = original(c).requires()
        .map(r -> r.credentialIds().stream().filter(before.credentials()::contains).distinct().map(this::title).toList())
        .orElse(List.of());
    Renewal renewal = c.renewal().orElse(null);
    return new PathwayStep(c.id(), c.title(), c.provider(), position, renewal == null ? 0 : renewal.everyYears(),
        renewal == null ? 0 : renewal.cost(), first,
        inItsField ? c.conditions().stream().map(Condition::text).toList() : texts(c, false), c.cost().known(),
        builtOn, neededBy, c.jurisdiction(), c.stateVersions().stream().findFirst().flatMap(catalog::findCredential)
            .map(Credential::jurisdiction).orElse(""), c.preparesFor().isEmpty() ? "" : firstSentences.computeIfAbsent(c.id(), k -> firstSentence(c.description())),
        shown, strong.isEmpty() && !shown.isEmpty(), skillFor, placedLate, selfPaced, recommendedBy,
        inItsField ? List.of() : texts(c, true), CandidateFacts.minEducation(c));
  }

  /** The texts of {@code c}'s field-work conditions ({@code fieldWork}) or of its other conditions. */
  private static List<String> texts(Credential c, boolean fieldWork) {
    return c.conditions().stream().filter(k -> k.kind().equals(Condition.FIELD_WORK) == fieldWork).map(Condition::text).toList();
  }

  /** The names of at most four skills {@code c} shows by title or syllabus ({@code strong}) or by tag that the target lists. */
  private List<String> named(Credential c, io.credpath.catalog.Occupation target, boolean strong) {
    return relevance.onTarget(c, target, strong).stream().limit(4)
        .map(s -> catalog.findSkill(s).map(io.credpath.catalog.Skill::name).orElse(s)).toList();
  }

  /** The first sentence of {@code text} ("e.g." and "i.e." do not end one), without its full stop; empty when over 300 characters. */
  static String firstSentence(String text) {
    java.util.regex.Matcher m = SENTENCE_END.matcher(text);
    String first = (m.find() ? text.substring(0, m.start()) : text.replaceAll("[.\\s]+$", "")).strip();
    return first.length() > 300 ? "" : first;
  }

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<!\\be\\.g)(?<!\\bi\\.e)\\.(\\s+(?=[A-Z(])|$)");

  private void addStackProgress(List<Object> facts, Holdings held, Holdings after, List<Credential> steps,
      io.credpath.catalog.Occupation target) {
    Set<String> stepIds = new HashSet<>();
    steps.forEach(c -> stepIds.add(c.id()));
    // Only stacks this learner has started (held or pathway components) are worth the rules' attention: those of a
    // credential held after the pathway, in the catalogue's order (not every stack of the catalogue, per pathway).
    java.util.BitSet started = new java.util.BitSet();
    for (String id : after.credentials()) {
      int[] at = stacksOf.get(id);
      if (at != null) for (int i : at) started.set(i);
    }
    for (int i = started.nextSetBit(0); i >= 0; i = started.nextSetBit(i + 1)) {
      Stack s = stacks.get(i);
      List<String> components = s.components().credentialIds();
      if (held.credentials().contains(s.id())) continue;
      List<String> viaIds = components.stream().filter(stepIds::contains).distinct().toList();
      int missingAfter = after.missing(s.components());
      List<String> completers = missingAfter == 0 ? List.of() : components.stream().distinct()
          .filter(id -> !after.credentials().contains(id))
          .filter(id -> completes(after, id, s)).filter(id -> onTarget(id, target)).map(this::title).toList();
      facts.add(new StackProgress(s.id(), s.title(), s.provider(), s.fee(), held.missing(s.components()), missingAfter,
          viaIds, viaIds.stream().map(this::title).toList(), completers));
    }
  }

  /**
   * Whether {@code id} is a credential for the target job: it prepares for it, its route names it, or it teaches by
   * title or syllabus a field skill the job lists. A stack one component away is worth suggesting only through such a
   * component (a security analyst is not sent to Server+ to complete a CompTIA infrastructure bundle).
   */
  private boolean onTarget(String id, io.credpath.catalog.Occupation target) {
    Credential c = catalog.findCredential(id).orElse(null);
    if (c == null) return false;
    return c.preparesFor().contains(target.id()) || target.credentials().contains(id)
        || target.entryRoute().map(r -> r.credentials().contains(id) || r.firstSteps().contains(id)).orElse(false)
        || !relevance.onTarget(c, target, true).isEmpty();
  }

  private boolean completes(Holdings after, String id, Stack s) {
    Holdings with = catalog.findCredential(id).map(c -> after.plus(List.of(c))).orElseGet(() -> after.withCredential(id));
    return with.satisfies(s.components());
  }

  private String title(String credentialId) {
    return catalog.findCredential(credentialId).map(Credential::title).orElse(credentialId);
  }

  /** The steps of {@code steps} that {@code c}'s prerequisites name, and theirs in turn. */
  private static List<Credential> stepsAskedFirst(Credential c, List<Credential> steps) {
    Map<String, Credential> byId = new HashMap<>();
    steps.forEach(x -> byId.put(x.id(), x));
    Set<String> seen = new LinkedHashSet<>();
    java.util.Deque<Credential> pending = new java.util.ArrayDeque<>(List.of(c));
    while (!pending.isEmpty()) {
      pending.pop().requires().ifPresent(r -> r.credentialIds().forEach(id -> {
        Credential x = byId.get(id);
        if (x != null && !id.equals(c.id()) && seen.add(id)) pending.push(x);
      }));
    }
    return seen.stream().map(byId::get).toList();
  }

  /**
   * The years of work in its field {@code c} asks of this learner on a route open to them that they do not have yet: none
   * when it asks none, or when their current job is in its field and they have worked it that long.
   */
  private double yearsStillToWork(Credential c, PlanRequest request, Set<String> open, double budget) {
    double years = experience.yearsFor(c, open, budget);
    boolean inField = request.profile().currentOccupation().map(c::inItsField).orElse(false);
    return years == 0 || inField && request.profile().experienceYears() >= years ? 0 : years;
  }
}
