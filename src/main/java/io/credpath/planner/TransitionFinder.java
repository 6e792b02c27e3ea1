package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Suggests occupations a learner could move into. Each occupation is a vector over skills whose component is
 * importance x level / 25 (so a skill needed at level 5 with importance 5 weighs 1); the learner is a vector of
 * held levels / 5 (profile skills plus what held credentials teach). Occupations are ranked by the cosine of
 * the angle between the two vectors (1 = the learner's skills point the same way as the job's needs, 0 = no
 * overlap), which rewards matching what matters most rather than holding many skills. The top few are then
 * planned (cheapest pathway, no budget beyond the hours per week) to report what the move would cost and take.
 */
public final class TransitionFinder {
  private final Catalog catalog;
  private final PathwayPlanner planner;
  private final GapAnalysis gaps;
  private final int planned;

  /** {@code planned} is how many of the top occupations get a cheapest pathway (planning is the costly part). */
  public TransitionFinder(Catalog catalog, PathwayPlanner planner, NeedPolicy policy, int planned) {
    this.catalog = catalog;
    this.planner = planner;
    this.gaps = new GapAnalysis(catalog, policy);
    this.planned = planned;
  }

  /** One suggested occupation with its similarity, gap size, job zone and cheapest pathway's cost and weeks. */
  public record Transition(String occupation, String title, double similarity, int gapSize, OptionalInt jobZone,
      OptionalDouble cheapestCost, OptionalInt cheapestWeeks) {}

  /** The {@code limit} occupations most similar to the profile, best first, excluding its current occupation. */
  public List<Transition> find(LearnerProfile profile, double hoursPerWeek, LocalDate start, int limit) {
    Holdings held = gaps.holdings(profile);
    record Scored(Occupation occupation, double similarity) {}
    List<Scored> scored = new ArrayList<>();
    for (Occupation o : catalog.occupations()) {
      if (profile.currentOccupation().filter(o.id()::equals).isPresent()) continue;
      scored.add(new Scored(o, cosine(held.skills(), o)));
    }
    scored.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparing(s -> s.occupation().id()));
    List<Transition> out = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
      Occupation o = s.occupation();
      int gapSize = gaps.analyse(o, profile).items().size();
      OptionalDouble cost = OptionalDouble.empty();
      OptionalInt weeks = OptionalInt.empty();
      if (out.size() < planned && gapSize > 0) {
        Budget budget = new Budget(OptionalDouble.empty(), "USD", OptionalDouble.empty(), OptionalInt.empty(), hoursPerWeek);
        Preferences prefs = new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Objective.CHEAPEST, 1, OptionalDouble.empty(), false);
        PlanResult r = planner.plan(new PlanRequest(o.id(), profile, budget, prefs, Optional.empty(), start));
        if (!r.pathways().isEmpty()) {
          cost = OptionalDouble.of(r.pathways().get(0).totals().cost());
          weeks = OptionalInt.of(r.pathways().get(0).totals().weeks());
        }
      } else if (gapSize == 0) {
        cost = OptionalDouble.of(0);
        weeks = OptionalInt.of(0);
      }
      out.add(new Transition(o.id(), o.title(), s.similarity(), gapSize, o.jobZone(), cost, weeks));
    }
    return out;
  }

  private static double cosine(Map<String, Integer> held, Occupation o) {
    Map<String, Double> need = new HashMap<>();
    for (SkillRequirement r : o.requirements()) need.merge(r.skill(), r.importance() * r.level() / 25.0, Math::max);
    double dot = 0;
    double nn = 0;
    for (Map.Entry<String, Double> e : need.entrySet()) {
      nn += e.getValue() * e.getValue();
      dot += e.getValue() * held.getOrDefault(e.getKey(), 0) / 5.0;
    }
    double hh = 0;
    for (int level : held.values()) hh += (level / 5.0) * (level / 5.0);
    return nn == 0 || hh == 0 ? 0 : dot / Math.sqrt(nn * hh);
  }
}
