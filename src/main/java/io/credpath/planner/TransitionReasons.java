package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a job is close, in names: the most important items it shares with what the learner has, and the most important
 * ones it adds ("shares SQL, Data Analysis, Reporting; adds Tableau"). Items are the target's requirements, each weighed
 * by importance x level and by how rare it is among occupations, so a field's own skills come before Active Listening;
 * general skills (grown in any job) and tools employers do not ask for by name (O*NET's in-demand flag: a web browser,
 * a chat app) are never named. A tool the learner lacks but whose kind they already use is not an addition: a job needs
 * one tool of a kind.
 */
final class TransitionReasons {
  /** How many shared and added items are named. */
  static final int NAMED = 3;
  private static final double NEED = 3.0;
  private final Catalog catalog;
  private final OccupationSimilarity similarity;

  TransitionReasons(Catalog catalog, OccupationSimilarity similarity) {
    this.catalog = catalog;
    this.similarity = similarity;
  }

  /** The shared and added names, and the sentence that says them. */
  record Reasons(List<String> shares, List<String> adds, String why) {
    Reasons {
      shares = List.copyOf(shares);
      adds = List.copyOf(adds);
    }
  }

  /** Reasons for a move from one occupation to another, comparing both full profiles. */
  Reasons between(Occupation from, Occupation to) {
    Map<String, Double> has = new HashMap<>();
    Set<String> kinds = new HashSet<>();
    for (SkillRequirement r : from.requirements()) {
      has.merge(r.skill(), weight(r), Math::max);
      r.group().ifPresent(kinds::add);
    }
    return reasons(to, has, kinds);
  }

  /** Reasons for a learner holding {@code held} (skill id to level 1..5) and nothing else. */
  Reasons forHoldings(Occupation to, Map<String, Integer> held) {
    Map<String, Double> has = new HashMap<>();
    held.forEach((skill, level) -> has.put(skill, level / 5.0));
    return reasons(to, has, Set.of());
  }

  private Reasons reasons(Occupation to, Map<String, Double> has, Set<String> kinds) {
    record Item(String skill, double shared, double added) {}
    Map<String, Item> items = new HashMap<>();
    for (SkillRequirement r : to.requirements()) {
      if (r.general() || r.group().isPresent() && !r.inDemand()) continue;
      double w = weight(r) * similarity.rarity(r.group().orElse(r.skill()));
      Double mine = has.get(r.skill());
      boolean kindHeld = r.group().filter(kinds::contains).isPresent();
      double shared = mine == null ? 0 : Math.min(w, mine * similarity.rarity(r.group().orElse(r.skill())));
      double added = mine == null && !kindHeld && r.importance() >= NEED ? w : 0;
      items.merge(r.skill(), new Item(r.skill(), shared, added),
          (a, b) -> new Item(a.skill(), Math.max(a.shared(), b.shared()), Math.max(a.added(), b.added())));
    }
    List<String> shares = top(items.values().stream().filter(i -> i.shared() > 0).sorted(
        Comparator.comparingDouble(Item::shared).reversed().thenComparing(Item::skill)).map(Item::skill).toList());
    List<String> adds = top(items.values().stream().filter(i -> i.added() > 0).sorted(
        Comparator.comparingDouble(Item::added).reversed().thenComparing(Item::skill)).map(Item::skill).toList());
    List<String> parts = new ArrayList<>();
    if (!shares.isEmpty()) parts.add("shares " + String.join(", ", shares));
    if (!adds.isEmpty()) parts.add("adds " + String.join(", ", adds));
    return new Reasons(shares, adds, parts.isEmpty() ? "shares nothing listed" : String.join("; ", parts));
  }

  private List<String> top(List<String> skills) {
    return skills.stream().limit(NAMED).map(id -> catalog.findSkill(id).map(Skill::name).orElse(id)).toList();
  }

  private static double weight(SkillRequirement r) {
    return r.importance() * r.level() / 25.0;
  }
}
