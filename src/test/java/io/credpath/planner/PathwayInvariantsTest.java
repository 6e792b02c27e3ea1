package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.planner.solver.Objective;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every returned pathway has, checked on generated instances through the whole planner. */
class PathwayInvariantsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-06T00:00:00Z"), ZoneOffset.UTC);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 120);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyPathwayIsOrderedWithinBudgetSummedCoveredAndParetoOptimal(long seed) {
    Instances inst = Instances.generate(seed);
    Objective objective = Objective.values()[(int) (seed % 4)];
    PlanRequest req = Requests.request(Instances.TARGET, inst.request().profile(), inst.request().budget(), objective, 4);
    FakeRules rules = new FakeRules();
    PathwayPlanner planner = new PathwayPlanner(inst.catalog(), rules, NeedPolicy.everything(), CLOCK,
        new SearchLimits(0, 20_000_000));
    PlanResult result = planner.plan(req);
    Catalog cat = inst.catalog();
    Holdings held = new GapAnalysis(cat, NeedPolicy.everything()).holdings(req.profile());
    Budget b = req.budget();
    assertThat(result.pathways()).isNotEmpty();
    // Over-running pathways are shown only when none fits the week budget as scheduled.
    b.maxWeeks().ifPresent(m -> assertThat(result.pathways().stream().filter(p -> p.totals().weeks() > m).count())
        .as("seed %d: pathways over %d weeks", seed, m).isIn(0L, (long) result.pathways().size()));
    for (Pathway p : result.pathways()) {
      List<Credential> steps = p.steps().stream().map(s -> cat.credential(s.credential())).toList();
      for (int i = 0; i < steps.size(); i++) {
        Pathway.Step s = p.steps().get(i);
        List<Credential> before = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) if (p.steps().get(j).endWeek() < s.startWeek()) before.add(steps.get(j));
        Credential c = steps.get(i);
        c.requires().ifPresent(r -> assertThat(held.plus(before).satisfies(r)).as("seed %d: %s prerequisites met", seed, c.id()).isTrue());
        for (int j = 0; j < i; j++) assertThat(p.steps().get(j).startWeek()).isLessThanOrEqualTo(s.startWeek());
        assertThat(s.endWeek() - s.startWeek() + 1).isGreaterThanOrEqualTo(Math.max(1, c.minWeeks()));
      }
      b.maxCost().ifPresent(m -> assertThat(p.totals().cost()).isLessThanOrEqualTo(m + 1e-9));
      b.maxHours().ifPresent(m -> assertThat(p.totals().hours()).isLessThanOrEqualTo(m + 1e-9));
      // The rules judge the week budget (WarnOverWeekBudget, see ReviewRulesTest) from the weeks as scheduled.
      assertThat(rules.reviewed).filteredOn(d -> d.label().equals(p.label())).extracting(PathwayRules.PathwayDraft::weeks)
          .as("seed %d: weeks handed to the rules", seed).containsExactly(p.totals().weeks());
      assertThat(p.totals().cost()).isCloseTo(p.steps().stream().mapToDouble(Pathway.Step::cost).sum(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(p.totals().hours()).isCloseTo(p.steps().stream().mapToDouble(Pathway.Step::hours).sum(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(p.totals().weeks()).isEqualTo(p.steps().stream().mapToInt(Pathway.Step::endWeek).max().orElse(0));
      // Each item is worth its importance in two halves: the lower one for reaching one level below (from under it), the
      // upper one at level;
      // coverage is of the items some credential can close.
      long total = 0;
      long closed = 0;
      for (PlanResult.GapItem g : result.gap()) {
        if (!g.coverable()) continue;
        long whole = Math.round(1000 * g.importance());
        int best = steps.stream().mapToInt(c -> c.levelOf(g.skill())).max().orElse(0);
        total += whole;
        if (best >= g.requiredLevel()) closed += whole;
        else if (g.requiredLevel() >= 2 && best == g.requiredLevel() - 1 && g.heldLevel() < best) closed += whole - whole / 2;
      }
      assertThat(p.coverage()).isCloseTo((double) closed / total, org.assertj.core.data.Offset.offset(1e-9));
      if (!p.label().equals("best coverage")) assertThat(p.coverage()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      Map<Integer, Double> load = new HashMap<>();
      for (Pathway.Step s : p.steps()) {
        assertThat(s.weeklyHours()).as("seed %d: %s hours per week", seed, s.credential()).hasSize(s.endWeek() - s.startWeek() + 1)
            .allSatisfy(h -> assertThat(h).isBetween(0.0, b.hoursPerWeek() + 1e-6));
        assertThat(s.weeklyHours().stream().mapToDouble(Double::doubleValue).sum()).as("seed %d: %s hours planned", seed, s.credential())
            .isCloseTo(s.hours(), org.assertj.core.data.Offset.offset(0.005 * s.weeklyHours().size() + 1e-9));
        for (int w = s.startWeek(); w <= s.endWeek(); w++) load.merge(w, s.weeklyHours().get(w - s.startWeek()), Double::sum);
      }
      assertThat(load.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(b.hoursPerWeek() + 0.01 * p.steps().size()));
    }
    List<Set<String>> sets = result.pathways().stream()
        .map(p -> Set.copyOf(p.steps().stream().map(Pathway.Step::credential).toList())).toList();
    assertThat(sets).doesNotHaveDuplicates();
    for (Pathway a : result.pathways()) {
      for (Pathway o : result.pathways()) {
        boolean noWorse = a.totals().cost() <= o.totals().cost() && a.totals().weeks() <= o.totals().weeks()
            && a.recognition() >= o.recognition() && a.coverage() >= o.coverage();
        boolean better = a.totals().cost() < o.totals().cost() || a.totals().weeks() < o.totals().weeks()
            || a.recognition() > o.recognition() || a.coverage() > o.coverage();
        assertThat(noWorse && better).as("seed %d: %s dominates %s", seed, a.label(), o.label()).isFalse();
      }
    }
  }
}
