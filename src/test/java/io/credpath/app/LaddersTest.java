package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.planner.Budget;
import io.credpath.planner.LadderFinder;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.Pathway;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Preferences;
import io.credpath.planner.solver.Objective;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Career ladders on the shipped taxonomy and rules, against golden cases with an advisor's reasoning written next to
 * them ({@code src/test/resources/ladders/golden.jsonl}): whether the target is far, the first rungs an advisor would
 * name, and each rung's pathway checked against what the planner gives a learner standing on that rung.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaddersTest {
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private Application app;

  @BeforeAll
  void load() {
    app = Application.load(AppConfig.from(Map.of("taxonomy", "taxonomy", "rules", "rules", "on-disk-index", "false"), Map.of()),
        new PrintStream(OutputStream.nullOutputStream()), false);
  }

  @AfterAll
  void close() {
    app.close();
  }

  static Stream<JsonNode> golden() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/ladders/golden.jsonl"))) {
      if (!line.isBlank()) out.add(json.readTree(line));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void ladderAsAnAdvisorWouldDrawIt(JsonNode c) {
    LearnerProfile learner = new LearnerProfile(List.of(), List.of(), c.path("experienceYears").asDouble(),
        Optional.of(c.path("current").asText()));
    Budget budget = new Budget(OptionalDouble.of(c.path("maxCost").asDouble()), "USD", OptionalDouble.empty(),
        OptionalInt.of(c.path("maxWeeks").asInt()), 8);
    LadderFinder.Answer a = app.generation().ladders(CatalogScope.everything()).find(learner, c.path("target").asText(), budget, START, 3);
    assertThat(a.far()).as(c.path("reasoning").asText()).isEqualTo(c.path("far").asBoolean());
    if (!a.far()) {
      assertThat(a.ladders()).isEmpty();
      assertThat(a.farBecause()).isEmpty();
      return;
    }
    assertThat(a.farBecause()).isNotEmpty();
    assertThat(a.ladders()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    List<String> firstRungs = new ArrayList<>();
    c.path("firstRungs").forEach(n -> firstRungs.add(n.asText()));
    assertThat(a.ladders()).as("a ladder through one of %s", firstRungs)
        .anyMatch(l -> firstRungs.contains(l.rungs().get(0).occupation()));
    double previous = 0;
    for (LadderFinder.Ladder l : a.ladders()) {
      assertThat(l.weight()).isGreaterThanOrEqualTo(previous);
      previous = l.weight();
      assertThat(l.rungs()).hasSizeBetween(2, 3);
      assertThat(l.rungs().get(l.rungs().size() - 1).occupation()).isEqualTo(c.path("target").asText());
      assertThat(l.rungs().stream().map(LadderFinder.Rung::occupation)).doesNotHaveDuplicates()
          .doesNotContain(c.path("current").asText());
      for (LadderFinder.Rung r : l.rungs().subList(0, l.rungs().size() - 1)) {
        assertThat(r.route()).as("a job in between is within reach: %s", r.title()).isEmpty();
        assertThat(r.reachable()).isTrue();
      }
      if (c.path("targetRoute").asBoolean()) {
        assertThat(l.rungs().get(l.rungs().size() - 1).route()).as("the target's long route is said").isPresent();
        assertThat(l.rungs().get(l.rungs().size() - 1).why()).contains("entered through");
      }
      checkRungsAgainstThePlanner(learner, budget, l);
    }
  }

  /** Each rung's credentials and cost are the cheapest pathway the planner gives the learner as they stand on it. */
  private void checkRungsAgainstThePlanner(LearnerProfile learner, Budget budget, LadderFinder.Ladder l) {
    Occupation start = app.generation().catalog().occupation(learner.currentOccupation().orElseThrow());
    OptionalInt schooling = start.education().map(e -> OptionalInt.of(e.level())).orElse(OptionalInt.empty());
    LearnerProfile standing = learner;
    for (LadderFinder.Rung r : l.rungs()) {
      Preferences cheapest = new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Objective.CHEAPEST, 1, OptionalDouble.empty(), false);
      PlanResult planned = app.generation().planner(CatalogScope.everything())
          .plan(new PlanRequest(r.occupation(), standing, budget, cheapest, Optional.empty(), START));
      List<String> steps = planned.pathways().isEmpty() ? List.of()
          : planned.pathways().get(0).steps().stream().map(Pathway.Step::credential).toList();
      assertThat(r.credentialIds()).as("rung %s", r.title()).isEqualTo(steps);
      if (!planned.pathways().isEmpty()) assertThat(r.cost()).hasValue(planned.pathways().get(0).totals().cost());
      assertThat(r.gapSize()).isEqualTo(planned.gap().size());
      List<String> held = new ArrayList<>(standing.heldCredentials());
      steps.stream().filter(id -> !held.contains(id)).forEach(held::add);
      standing = new LearnerProfile(held, List.of(), 2, Optional.of(r.occupation()), schooling);
    }
  }
}
