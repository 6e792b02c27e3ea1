package io.credpath.rules;

import io.credpath.catalog.Catalog;
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
import io.credpath.rules.facts.PathwayStep;
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

  PathwayFacts(Catalog catalog) {
    this.catalog = catalog;
    this.experience = new ExperienceRequirement(catalog);
  }

  /** Every fact describing {@code draft} for {@code request}. */
  List<Object> of(PlanRequest request, PathwayDraft draft) {
    List<Object> facts = new ArrayList<>();
    facts.add(CandidateFacts.learner(request));
    facts.add(CandidateFacts.wishes(request));
    facts.add(new Draft(draft.label(), draft.cost(), draft.hours(), draft.weeks(), draft.coverage(),
        request.budget().maxCost().orElse(Double.POSITIVE_INFINITY), request.budget().maxHours().orElse(Double.POSITIVE_INFINITY),
        request.budget().currency()));
    for (GapItem g : draft.uncovered()) {
      facts.add(new Uncovered(g.skill(), g.name(), g.requiredLevel(), g.heldLevel(), g.importance(), g.essential()));
    }
    Holdings held = heldBy(request, draft);
    Holdings sofar = held;
    for (int i = 0; i < draft.steps().size(); i++) {
      Credential c = draft.steps().get(i);
      facts.add(step(c, i + 1, sofar));
      double years = experience.yearsFor(c);
      if (years > 0) facts.add(new ExperienceAsked(c.id(), c.title(), c.provider(), years));
      sofar = sofar.plus(List.of(c));
    }
    addStackProgress(facts, held, sofar, draft.steps());
    return facts;
  }

  private Holdings heldBy(PlanRequest request, PathwayDraft draft) {
    Set<String> ids = new LinkedHashSet<>(request.profile().heldCredentials());
    ids.addAll(draft.held());
    Map<String, Integer> skills = new HashMap<>();
    for (SkillLevel s : request.profile().heldSkills()) skills.merge(s.skill(), s.level(), Math::max);
    List<Credential> known = ids.stream().flatMap(id -> catalog.findCredential(id).stream()).toList();
    return new Holdings(ids, skills, request.profile().experienceYears()).plus(known);
  }

  private PathwayStep step(Credential c, int position, Holdings before) {
    List<String> first = c.recommends().filter(r -> !before.satisfies(r))
        .map(r -> r.credentialIds().stream().filter(id -> !before.credentials().contains(id)).distinct().map(this::title).toList())
        .orElse(List.of());
    Renewal renewal = c.renewal().orElse(null);
    return new PathwayStep(c.id(), c.title(), c.provider(), position, c.retired(), renewal == null ? 0 : renewal.everyYears(),
        renewal == null ? 0 : renewal.cost(), first);
  }

  private void addStackProgress(List<Object> facts, Holdings held, Holdings after, List<Credential> steps) {
    Set<String> stepIds = new HashSet<>();
    steps.forEach(c -> stepIds.add(c.id()));
    for (Stack s : catalog.stacks()) {
      List<String> components = s.components().credentialIds();
      // Only stacks this learner has started (held or pathway components) are worth the rules' attention.
      if (held.credentials().contains(s.id()) || components.stream().noneMatch(after.credentials()::contains)) continue;
      List<String> viaIds = components.stream().filter(stepIds::contains).distinct().toList();
      int missingAfter = after.missing(s.components());
      List<String> completers = missingAfter == 0 ? List.of() : components.stream().distinct()
          .filter(id -> !after.credentials().contains(id))
          .filter(id -> completes(after, id, s)).map(this::title).toList();
      facts.add(new StackProgress(s.id(), s.title(), s.provider(), s.fee(), held.missing(s.components()), missingAfter,
          viaIds, viaIds.stream().map(this::title).toList(), completers));
    }
  }

  private boolean completes(Holdings after, String id, Stack s) {
    Holdings with = catalog.findCredential(id).map(c -> after.plus(List.of(c)))
        .orElseGet(() -> {
          Set<String> ids = new HashSet<>(after.credentials());
          ids.add(id);
          return new Holdings(ids, after.skills(), after.experienceYears());
        });
    return with.satisfies(s.components());
  }

  private String title(String credentialId) {
    return catalog.findCredential(credentialId).map(Credential::title).orElse(credentialId);
  }
}
