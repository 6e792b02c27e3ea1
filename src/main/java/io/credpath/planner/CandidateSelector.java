package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the credentials worth considering for a gap: those that close a planned item at least partly (one level below
 * counts half; see {@link ItemCredit} for what counts as evidence), the credentials a credential item names, plus,
 * transitively, what their unmet prerequisites need (named credentials, and teachers of the field for required skill levels). Held
 * credentials never enter; retired ones do, for the rules to leave out with a reason. See {@link SearchLimits} for the
 * per-skill cap.
 */
final class CandidateSelector {
  private static final Comparator<Credential> BY_COST = Comparator.comparingDouble((Credential c) -> c.cost().total())
      .thenComparingDouble(Credential::hours).thenComparing(Credential::id);
  private static final Comparator<Credential> BY_HOURS = Comparator.comparingDouble(Credential::hours)
      .thenComparingDouble(c -> c.cost().total()).thenComparing(Credential::id);
  private static final Comparator<Credential> BY_WEEKS = Comparator.comparingInt(Credential::minWeeks)
      .thenComparingDouble(Credential::hours).thenComparing(Credential::id);

  /**
   * The orders of the catalogue alone the per-skill cap takes prefixes of; {@link SkillIndex} keeps a list per order.
   * The fourth, best recognised first, is the rules' ({@link #byStanding}).
   */
  static final List<Comparator<Credential>> ORDERS = List.of(BY_COST, BY_HOURS, BY_WEEKS);

  private final Catalog catalog;
  private final SkillIndex index;
  private final int perSkill;

  CandidateSelector(Catalog catalog, SkillIndex index, int perSkill) {
    this.catalog = catalog;
    this.index = index;
    this.perSkill = perSkill;
  }

  /**
   * Best recognised first by the rules' {@link PathwayRules#standing} (1 for a credential they do not weigh), then
   * cheapest.
   */
  static Comparator<Credential> byStanding(Map<String, Double> standing) {
    return Comparator.comparingDouble((Credential c) -> -standing.getOrDefault(c.id(), 1.0)).thenComparing(BY_COST);
  }

  /**
   * The candidate credentials for {@code gap}, in a stable order; {@code byStanding} holds each skill's teachers best
   * recognised first, by the rules of the request's tenant.
   */
  List<Credential> select(Gap gap, ItemCredit credit, SkillIndex byStanding) {
    Holdings held = gap.holdings();
    Map<String, Credential> out = new LinkedHashMap<>();
    Deque<Credential> pending = new ArrayDeque<>();
    for (PlanResult.GapItem g : gap.items()) {
      if (g.kind().equals(PlanResult.CREDENTIAL)) {
        for (String id : g.oneOf()) {
          catalog.findCredential(id).filter(c -> !held.credentials().contains(id))
              .ifPresent(c -> {
                if (out.putIfAbsent(c.id(), c) == null) pending.add(c);
              });
        }
        continue;
      }
      List<String> skills = new ArrayList<>(g.oneOf());
      skills.add(g.skill());
      // The same credential comes up in each of the four orders and for each skill of the item: its credit is worked
      // out once per item (it was a tenth of a pathways request).
      Map<String, Boolean> credited = new java.util.HashMap<>();
      java.util.function.Predicate<Credential> closes =
          c -> credited.computeIfAbsent(c.id(), k -> credit.tier(c, g) != ItemCredit.Tier.NONE);
      for (String skill : new java.util.LinkedHashSet<>(skills)) {
        for (Credential c : teachers(skill, Math.max(1, g.requiredLevel() - 1), held, byStanding, closes)) {
          if (out.putIfAbsent(c.id(), c) == null) pending.add(c);
        }
      }
    }
    // Prerequisite providers are looked for as if the learner had no years of work: the rules may yet judge those years
    // to be in another field, and the credential route must then be open.
    Holdings withoutYears = held.withExperience(0);
    // The same skill level is asked for by many credentials (a large catalogue repeats a provider's "SQL at 2" across
    // its courses), and finding its teachers scans the skill's lists: once per request is enough, the answer is the same.
    Map<Requirement, List<Credential>> providersOf = new java.util.HashMap<>();
    while (!pending.isEmpty()) {
      Credential c = pending.poll();
      if (c.requires().isEmpty() || withoutYears.satisfies(c.requires().get())) continue;
      c.requires().get().forEachLeaf(leaf -> {
        List<Credential> found = providersOf.get(leaf);
        if (found == null) {
          found = providers(leaf, held, credit, byStanding);
          providersOf.put(leaf, found);
        }
        for (Credential p : found) {
          if (out.putIfAbsent(p.id(), p) == null) pending.add(p);
        }
      });
    }
    return new ArrayList<>(out.values());
  }

  private List<Credential> providers(Requirement leaf, Holdings held, ItemCredit credit, SkillIndex byStanding) {
    if (leaf instanceof Requirement.HasCredential hc) {
      if (held.credentials().contains(hc.credential())) return List.of();
      return catalog.findCredential(hc.credential()).map(List::of).orElse(List.of());
    }
    // A prerequisite skill level is met only by a credential of the target's field that really teaches it (title or
    // syllabus, not a tag): "The Investment Banking Recruitment Series" names recruiting, but an advisor would not send
    // a payroll clerk through it to reach a payroll course that assumes some HR background.
    if (leaf instanceof Requirement.HasSkill hs && held.levelFor(hs.skill()) < hs.level()) {
      // Among the teachers with evidence, each at the level its evidence gives: the same credentials, in the same order,
      // as all teachers filtered by strongLevelOf, without scanning past those that only tag the skill.
      return teachers(hs.skill(), hs.level(), held, byStanding, credit::ofField, true);
    }
    return List.of();
  }

  private List<Credential> teachers(String skill, int level, Holdings held, SkillIndex byStanding,
      java.util.function.Predicate<Credential> credited) {
    return teachers(skill, level, held, byStanding, credited, false);
  }

  private List<Credential> teachers(String skill, int level, Holdings held, SkillIndex byStanding,
      java.util.function.Predicate<Credential> credited, boolean withEvidence) {
    // Keyed by id: hashing a whole Credential record hashes every field.
    Map<String, Credential> kept = new LinkedHashMap<>();
    for (int k = 0; k <= ORDERS.size(); k++) {
      int taken = 0;
      SkillIndex from = k < ORDERS.size() ? index : byStanding;
      int order = k < ORDERS.size() ? k : 0;
      for (SkillIndex.Teacher t : withEvidence ? from.strongTeachers(skill, order) : from.teachers(skill, order)) {
        if (t.level() < level || held.credentials().contains(t.credential().id()) || !credited.test(t.credential())) continue;
        kept.putIfAbsent(t.credential().id(), t.credential());
        if (++taken == perSkill) break;
      }
      if (perSkill == 0) break;
    }
    return new ArrayList<>(kept.values());
  }
}
