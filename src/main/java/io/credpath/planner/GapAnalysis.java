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
  /** Requirement origins that are O*NET's general skills and knowledge areas (see {@link NeedPolicy}). */
  private static final Set<String> GENERAL_ORIGINS = Set.of("onet-skills", "onet-knowledge", "onet-borrowed");
  private final Catalog catalog;
  private final NeedPolicy policy;
  /** How many credentials teach each skill: ranks technologies of equal importance (see {@link NeedPolicy}). */
  private final Map<String, Integer> teachers;

  public GapAnalysis(Catalog catalog, NeedPolicy policy) {
    this.catalog = catalog;
    this.policy = policy;
    Map<String, Integer> count = new HashMap<>();
    for (Credential c : catalog.credentials()) {
      for (SkillLevel s : c.skills()) count.merge(s.skill(), 1, Integer::sum);
    }
    this.teachers = Map.copyOf(count);
  }

  /**
   * What the profile holds; unknown credential, skill or occupation ids raise {@link io.credpath.catalog.UnknownIdException}.
   * Someone working in their current occupation is taken to hold its skill and knowledge requirements at the
   * required level, and of its technology list only the essential items (those O*NET flags as both hot and in
   * demand, the tools the job is done with day to day: a graphic designer's Photoshop, an administrative
   * assistant's Office suite); the rest of that list is every tool anyone in the job has used.
   */
  public Holdings holdings(LearnerProfile profile) {
    Map<String, Integer> levels = new HashMap<>();
    if (profile.currentOccupation().isPresent()) {
      for (SkillRequirement r : catalog.occupation(profile.currentOccupation().get()).requirements()) {
        if (!TECHNOLOGY_ORIGIN.equals(r.origin()) || r.essential()) levels.merge(r.skill(), r.level(), Math::max);
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

  /**
   * The needed gap items for {@code occupation}, at most {@code maxItems}: essential first, then specific skills
   * (technologies, ESCO skills, skills from the task statements) before O*NET's general skills and knowledge
   * areas, then by importance. General areas are grown by working and no short course closes "Engineering and
   * Technology" knowledge, so they only fill the room the job's specific skills leave.
   */
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
      if (GENERAL_ORIGINS.contains(r.origin()) && r.level() - held < policy.minGeneralShortfall()) continue;
      String name = catalog.findSkill(r.skill()).map(s -> s.name()).orElse(r.skill());
      items.add(new PlanResult.GapItem(r.skill(), name, r.level(), held, r.importance(), r.essential(), true));
    }
    items.sort(Comparator.comparing((PlanResult.GapItem g) -> !g.essential())
        .thenComparing(g -> GENERAL_ORIGINS.contains(strongest.get(g.skill()).origin()))
        .thenComparing(Comparator.comparingDouble(PlanResult.GapItem::importance).reversed())
        .thenComparing(Comparator.comparingInt((PlanResult.GapItem g) -> teachers.getOrDefault(g.skill(), 0)).reversed())
        .thenComparing(PlanResult.GapItem::skill));
    List<PlanResult.GapItem> needed = new ArrayList<>();
    int technology = 0;
    for (PlanResult.GapItem g : items) {
      if (needed.size() == policy.maxItems()) break;
      if (TECHNOLOGY_ORIGIN.equals(strongest.get(g.skill()).origin()) && technology++ >= policy.maxTechnologyItems()) continue;
      needed.add(g);
    }
    return new Gap(needed, holdings);
  }

  private boolean counts(SkillRequirement r) {
    if (r.essential() && policy.essentialAlways()) return true;
    if (policy.technologyOnlyWhenHotOrInDemand() && TECHNOLOGY_ORIGIN.equals(r.origin()) && !r.hot() && !r.inDemand()) return false;
    return r.importance() >= policy.minImportance();
  }
}
