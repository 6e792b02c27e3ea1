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
}
