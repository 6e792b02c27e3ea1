package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.SkillLevel;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionFinderTest {
  private final Catalog small = Fixtures.smallCatalog();
  private final PathwayPlanner planner = new PathwayPlanner(small, new FakeRules(), ShippedGapPolicy.POLICY, Clock.systemUTC());
  private final TransitionFinder finder = new TransitionFinder(small, planner, ShippedGapPolicy.POLICY, 3);

  @Test
  void ranksTheOccupationMatchingTheLearnersSkillsFirstWithItsCheapestPathway() {
    LearnerProfile networker = Requests.profile(List.of(), 0, new SkillLevel("skill:networking", 3), new SkillLevel("skill:linux", 2));
    List<TransitionFinder.Transition> t = finder.find(networker, 8, Requests.START, 2);
    assertThat(t).extracting(TransitionFinder.Transition::occupation).containsExactly("15-1212.00", "15-2051.01");
    assertThat(t.get(0).similarity()).isGreaterThan(t.get(1).similarity());
    assertThat(t.get(0).gapSize()).isEqualTo(1);
    assertThat(t.get(0).cheapestCost()).hasValue(404 + 369);
    assertThat(t.get(1).similarity()).isZero();
  }

  @Test
  void givesTheCheapestAndTheBestRecognisedPathwayWithinTheLearnersBudget() {
    LearnerProfile networker = Requests.profile(List.of(), 0, new SkillLevel("skill:networking", 3), new SkillLevel("skill:linux", 2));
    for (double maxCost : new double[] {800, 5000}) {
      Budget budget = new Budget(java.util.OptionalDouble.of(maxCost), "USD", java.util.OptionalDouble.empty(),
          java.util.OptionalInt.of(52), 8);
      TransitionFinder.Transition security = finder.find(networker, budget, Requests.START, 2, false).get(0);
      PlanResult full = planner.plan(Requests.request("15-1212.00", networker, budget, io.credpath.planner.solver.Objective.CHEAPEST, 3));
      Pathway cheapest = full.pathways().stream().filter(p -> p.label().contains("cheapest")).findFirst().orElseThrow();
      Pathway recognised = full.pathways().stream().filter(p -> p.label().contains("best-recognised")).findFirst().orElseThrow();
      assertThat(security.cheapestCost()).hasValue(cheapest.totals().cost());
      assertThat(security.recognisedCost()).hasValue(recognised.totals().cost());
      assertThat(security.recognisedWeeks()).hasValue(recognised.totals().weeks());
      assertThat(security.recognisedCost().getAsDouble()).isLessThanOrEqualTo(maxCost);
    }
    // Without a cost limit there is no "most recognised within the money" to show: the cheapest only.
    TransitionFinder.Transition unbounded = finder.find(networker, 8, Requests.START, 2).get(0);
    assertThat(unbounded.cheapestCost()).isPresent();
    assertThat(unbounded.recognisedCost()).isEmpty();
  }

  @Test
  void plansTheSameMovesOnHelperThreadsAsInTheCallersThread() {
    LearnerProfile networker = Requests.profile(List.of(), 0, new SkillLevel("skill:networking", 3), new SkillLevel("skill:linux", 2));
    Budget budget = new Budget(java.util.OptionalDouble.of(5000), "USD", java.util.OptionalDouble.empty(), java.util.OptionalInt.of(52), 8);
    try (PlanningThreads threads = new PlanningThreads(2)) {
      TransitionFinder sideBySide = new TransitionFinder(small, planner, ShippedGapPolicy.POLICY,
          new OccupationSimilarity(small, OccupationSimilarity.Weights.DEFAULT), 3, threads);
      assertThat(sideBySide.find(networker, budget, Requests.START, 3, true)).isEqualTo(finder.find(networker, budget, Requests.START, 3, true));
    }
  }

  @Test
  void aGapHandedToThePlannerStandsForItsOwnAnalysisOfTheSameOccupationOnly() {
    LearnerProfile networker = Requests.profile(List.of(), 0, new SkillLevel("skill:networking", 3), new SkillLevel("skill:linux", 2));
    GapAnalysis gaps = new GapAnalysis(small, ShippedGapPolicy.POLICY);
    PlanRequest security = Requests.request("15-1212.00", networker);
    PlanResult own = planner.planSummary(security);
    assertThat(planner.analysesUnder(ShippedGapPolicy.POLICY)).isTrue();
    Gap same = gaps.analyse(small.occupation("15-1212.00"), networker);
    assertThat(planner.planSummary(security, same)).isEqualTo(own);
    // a gap of another occupation is not this request's: the planner analyses its own
    Gap other = gaps.analyse(small.occupation("15-2051.01"), networker);
    assertThat(other.items()).isNotEqualTo(same.items());
    assertThat(planner.planSummary(security, other)).isEqualTo(own);
  }
}
