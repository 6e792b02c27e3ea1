package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a learner's skill gap for an occupation: its requirements (filtered by a {@link NeedPolicy})
 * minus what the learner holds, where held skills are the profile's skills plus every skill a held
 * credential teaches, each at the highest level known.
 */
public final class GapAnalysis {
  private static final String TECHNOLOGY_ORIGIN = "onet-technology";
  private final Catalog catalog;
  private final NeedPolicy policy;

  public GapAnalysis(Catalog catalog, NeedPolicy policy) {
    this.catalog = catalog;
    this.policy = policy;
  }

  /**
   * What the profile holds; unknown credential, skill or occupation ids raise {@link io.credpath.catalog.UnknownIdException}.
   * Someone working in their current occupation is taken to hold its skill and knowledge requirements at the
   * required level; its technology list is not implied, since O*NET lists every tool anyone in the job uses.
   */
  public Holdings holdings(LearnerProfile profile) {
    Map<String, Integer> levels = new HashMap<>();
    if (profile.currentOccupation().isPresent()) {
      for (SkillRequirement r : catalog.occupation(profile.currentOccupation().get()).requirements()) {
        if (!TECHNOLOGY_ORIGIN.equals(r.origin())) levels.merge(r.skill(), r.level(), Math::max);
      }
    }
    for (SkillLevel s : profile.heldSkills()) {
      catalog.skill(s.skill());
      levels.merge(s.skill(), s.level(), Math::max);
    }
    List<Credential> held = new ArrayList<>();
    for (String id : new LinkedHashSet<>(profile.heldCredentials())) held.add(catalog.credential(id));
    return new Holdings(Set.of(), levels, profile.experienceYears()).plus(held);
  }

  /** The needed gap items for {@code occupation}, ranked essential first then by importance, at most {@code maxItems}. */
  public Gap analyse(Occupation occupation, LearnerProfile profile) {
    Holdings holdings = holdings(profile);
    Map<String, SkillRequirement> strongest = new HashMap<>();
    for (SkillRequirement r : occupation.requirements()) {
      if (!counts(r)) continue;
      strongest.merge(r.skill(), r, (a, b) -> b.level() > a.level() || (b.level() == a.level() && b.importance() > a.importance()) ? b : a);
    }
    List<PlanResult.GapItem> items = new ArrayList<>();
    for (SkillRequirement r : strongest.values()) {
      int held = holdings.skills().getOrDefault(r.skill(), 0);
      if (held >= r.level()) continue;
      String name = catalog.findSkill(r.skill()).map(s -> s.name()).orElse(r.skill());
      items.add(new PlanResult.GapItem(r.skill(), name, r.level(), held, r.importance(), r.essential(), true));
    }
    items.sort(Comparator.comparing((PlanResult.GapItem g) -> !g.essential())
        .thenComparing(Comparator.comparingDouble(PlanResult.GapItem::importance).reversed())
        .thenComparing(PlanResult.GapItem::skill));
    return new Gap(items.subList(0, Math.min(items.size(), policy.maxItems())), holdings);
  }

  private boolean counts(SkillRequirement r) {
    if (r.essential() && policy.essentialAlways()) return true;
    if (policy.technologyOnlyWhenHotOrInDemand() && TECHNOLOGY_ORIGIN.equals(r.origin()) && !r.hot() && !r.inDemand()) return false;
    return r.importance() >= policy.minImportance();
  }
}
