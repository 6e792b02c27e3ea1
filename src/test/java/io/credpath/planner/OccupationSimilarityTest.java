package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.TaxonomyLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The nearest-occupation measure on the shipped taxonomy: what an advisor would expect of it, and its invariants. */
class OccupationSimilarityTest {
  private static Catalog catalog;
  private static OccupationSimilarity measure;
  private static List<Occupation> occupations;

  @BeforeAll
  static void load() {
    catalog = new TaxonomyLoader(Path.of("taxonomy"), io.credpath.graph.PrerequisiteCycles.FINDER).load();
    measure = new OccupationSimilarity(catalog, OccupationSimilarity.Weights.DEFAULT);
    occupations = measure.occupations();
  }

  private static List<Occupation> top10(String id) {
    int from = measure.indexOf(id).orElseThrow();
    return measure.nearest(from, 10, b -> OccupationSimilarity.offeredByDefault(occupations.get(b))).stream()
        .map(n -> occupations.get(n.index())).toList();
  }

  @ParameterizedTest(name = "{0} finds its field ({1}) in its top 10")
  @CsvSource({
      "15-1211.00, 15-12, 6", // Computer Systems Analysts: computer occupations
      "13-2011.00, 13-2, 5",  // Accountants and Auditors: financial specialists
      "29-1141.00, 29-1, 8",  // Registered Nurses: healthcare practitioners
      "41-2031.00, 41-, 7",   // Retail Salespersons: sales
      "11-3031.00, 11-, 5",   // Financial Managers: managers
      "47-2111.00, 47-, 4",   // Electricians: construction trades
      "31-9092.00, 31-, 3"})  // Medical Assistants: healthcare support
  void wellKnownJobsFindTheirOwnFieldAndNoCatchAll(String id, String field, int atLeast) {
    List<Occupation> top = top10(id);
    assertThat(top).hasSize(10).noneMatch(Occupation::catchAll).noneMatch(o -> o.requirements().isEmpty())
        .noneMatch(o -> o.id().equals(id));
    assertThat(top.stream().filter(o -> o.id().startsWith(field)).count()).as(top.stream().map(Occupation::title).toList().toString())
        .isGreaterThanOrEqualTo(atLeast);
  }

  @Test
  void financialManagersAreCloseToTreasurersNotFuneralHomes() {
    assertThat(top10("11-3031.00")).extracting(Occupation::id).contains("11-3031.01")
        .doesNotContain("11-9171.00", "11-9179.01", "11-9071.00");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 23, 47})
  void contentIsSymmetricAndWithinZeroAndOne(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      int a = random.nextInt(occupations.size());
      int b = random.nextInt(occupations.size());
      double ab = measure.content(a, b, OccupationSimilarity.Weights.DEFAULT);
      assertThat(ab).isBetween(0.0, 1.0 + 1e-9).isCloseTo(measure.content(b, a, OccupationSimilarity.Weights.DEFAULT), within(1e-12));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 17})
  void aScoreIsItsPairsContentPlusFamilyLessPenaltyExactly(long seed) {
    // The scores come from a table computed once over shared dimensions: each must be the very value computed pair by pair.
    OccupationSimilarity.Weights w = OccupationSimilarity.Weights.DEFAULT;
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      int a = random.nextInt(occupations.size());
      int b = random.nextInt(occupations.size());
      Occupation from = occupations.get(a);
      Occupation to = occupations.get(b);
      double expected = measure.content(a, b, w) + w.family() * OccupationSimilarity.family(from.id(), to.id())
          - OccupationSimilarity.penalty(w, OccupationSimilarity.zoneChange(from, to).orElse(0),
              OccupationSimilarity.educationChange(from, to).orElse(0));
      assertThat(measure.score(a, b)).as(from.id() + " to " + to.id()).isEqualTo(expected);
    }
  }

  @Test
  void nearestIsTheWholeCatalogueSortedBestFirstThenById() {
    for (int a = 0; a < occupations.size(); a += 37) {
      int from = a;
      java.util.function.IntPredicate keep = b -> b % 3 != 0 && OccupationSimilarity.offeredByDefault(occupations.get(b));
      List<Integer> all = new java.util.ArrayList<>();
      for (int b = 0; b < occupations.size(); b++) if (b != from && keep.test(b)) all.add(b);
      all.sort(java.util.Comparator.comparingDouble((Integer b) -> measure.score(from, b)).reversed()
          .thenComparing(b -> occupations.get(b).id()));
      assertThat(measure.nearest(from, 25, keep)).extracting(OccupationSimilarity.Neighbour::index).containsExactlyElementsOf(all.subList(0, 25));
      assertThat(measure.nearest(from, 0, keep)).isEmpty();
    }
  }

  @Test
  void anOccupationIsClosestToItself() {
    for (int a = 0; a < occupations.size(); a += 7) {
      if (occupations.get(a).requirements().isEmpty()) continue;
      assertThat(measure.content(a, a, OccupationSimilarity.Weights.DEFAULT)).isCloseTo(1.0, within(1e-9));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 8, 13})
  void movingDownAJobZoneScoresBelowTheSameMoveUp(long seed) {
    Random random = new Random(seed);
    int checked = 0;
    while (checked < 200) {
      int a = random.nextInt(occupations.size());
      int b = random.nextInt(occupations.size());
      OptionalInt dz = OccupationSimilarity.zoneChange(occupations.get(a), occupations.get(b));
      if (dz.isEmpty() || dz.getAsInt() >= 0) continue;
      assertThat(measure.score(a, b)).as(occupations.get(a).title() + " down to " + occupations.get(b).title())
          .isLessThan(measure.score(b, a));
      checked++;
    }
  }

  @Test
  void oneZoneUpCostsNothingAndTwoUpCostsSomething() {
    OccupationSimilarity.Weights w = OccupationSimilarity.Weights.DEFAULT;
    assertThat(OccupationSimilarity.penalty(w, 1, 0)).isZero();
    assertThat(OccupationSimilarity.penalty(w, 0, 0)).isZero();
    assertThat(OccupationSimilarity.penalty(w, 2, 0)).isPositive();
    assertThat(OccupationSimilarity.penalty(w, -1, 0)).isGreaterThan(OccupationSimilarity.penalty(w, 2, 0));
  }

  @Test
  void noOccupationCrowdsTheLists() {
    Map<String, Integer> counts = new HashMap<>();
    int lists = 0;
    for (int a = 0; a < occupations.size(); a++) {
      if (occupations.get(a).requirements().isEmpty()) continue;
      lists++;
      top10(occupations.get(a).id()).forEach(o -> counts.merge(o.title(), 1, Integer::sum));
    }
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertThat(most).as(counts.entrySet().stream().filter(e -> e.getValue() == most).toList().toString()).isLessThan(lists / 15);
    assertThat(counts.getOrDefault(catalog.occupation("11-9031.00").title(), 0)).as("preschool and daycare administrators")
        .isLessThan(lists / 50);
  }

  @Test
  void transitionsSayWhatIsSharedAndWhatIsAdded() {
    PathwayPlanner planner = new PathwayPlanner(catalog, new FakeRules(), ShippedGapPolicy.POLICY, Clock.systemUTC());
    TransitionFinder finder = new TransitionFinder(catalog, planner, ShippedGapPolicy.POLICY, measure, 0);
    LearnerProfile analyst = new LearnerProfile(List.of(), List.of(), 5, java.util.Optional.of("15-1211.00"));
    List<TransitionFinder.Transition> t = finder.find(analyst, 8, Requests.START, 10);
    assertThat(t).hasSize(10).allSatisfy(x -> {
      assertThat(x.shares()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(x.why()).startsWith("shares " + String.join(", ", x.shares()));
      assertThat(x.jobZoneChange()).isPresent();
      assertThat(x.cheapestCost()).as("nothing planned").matches(c -> c.isEmpty() || x.gapSize() == 0);
    });
    assertThat(t).extracting(TransitionFinder.Transition::similarity).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    assertThat(t).anySatisfy(x -> assertThat(x.adds()).isNotEmpty());
    assertThat(t).allSatisfy(x -> assertThat(x.shares()).doesNotContain("Active Listening", "Speaking"));
  }

  @Test
  void catchAllCodesAreOfferedOnlyWhenAsked() {
    PathwayPlanner planner = new PathwayPlanner(catalog, new FakeRules(), ShippedGapPolicy.POLICY, Clock.systemUTC());
    TransitionFinder finder = new TransitionFinder(catalog, planner, ShippedGapPolicy.POLICY, measure, 0);
    LearnerProfile analyst = new LearnerProfile(List.of(), List.of(), 5, java.util.Optional.of("15-1211.00"));
    assertThat(finder.find(analyst, 8, Requests.START, 50)).noneMatch(x -> x.title().contains(", All Other"));
    assertThat(finder.find(analyst, 8, Requests.START, 50, true)).anyMatch(x -> x.title().contains(", All Other"));
  }
}
