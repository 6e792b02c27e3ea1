package io.credpath.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import io.credpath.planner.solver.Objective;
import io.credpath.rules.RuleTrial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A realistic career change on the shipped taxonomy: who the learner is now (their current O*NET occupation, five
 * years in it) and where they want to go. The changes are data, {@code samples.json} in the rules directory: rules
 * are tried on them before they go live, and {@code credpath bench plan-careers} times them; the advisor panel
 * ({@code src/test/resources/panel}) judges the answers for these and many more.
 */
record CareerChange(String name, String current, String target) {
  /** The file in the rules directory that holds the career changes. */
  static final String FILE = "samples.json";

  /** The career changes in {@code rulesDir}/samples.json, none when there is no such file. */
  static List<CareerChange> read(Path rulesDir) {
    Path file = rulesDir.resolve(FILE);
    if (!Files.isRegularFile(file)) return List.of();
    String shown = Optional.ofNullable(rulesDir.toAbsolutePath().normalize().getFileName()).map(n -> n + "/").orElse("") + FILE;
    JsonNode changes;
    try {
      changes = new ObjectMapper().readTree(file.toFile()).path("careerChanges");
    } catch (IOException e) {
      throw new ConfigException(shown + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!changes.isArray()) throw new ConfigException(shown + ": needs a \"careerChanges\" array");
    List<CareerChange> out = new ArrayList<>();
    for (JsonNode c : changes) {
      if (!c.path("name").isTextual() || !c.path("current").isTextual() || !c.path("target").isTextual()) {
        throw new ConfigException(shown + ": career change " + (out.size() + 1) + " needs text \"name\", \"current\" and \"target\"");
      }
      out.add(new CareerChange(c.get("name").asText(), c.get("current").asText(), c.get("target").asText()));
    }
    return List.copyOf(out);
  }

  /** Every change at each of the two budgets it is judged on, as samples for a rule trial. */
  static List<RuleTrial.Sample> samples(List<CareerChange> changes, LocalDate start) {
    List<RuleTrial.Sample> out = new ArrayList<>();
    for (CareerChange c : changes) {
      out.add(new RuleTrial.Sample(c.name() + " ($600 in 26 weeks)", c.request(600, 26, start)));
      out.add(new RuleTrial.Sample(c.name() + " ($2,000 in 52 weeks)", c.request(2000, 52, start)));
    }
    return out;
  }

  /** The request for this change with a budget of {@code maxCost} dollars over {@code maxWeeks} weeks at 8 hours a week. */
  PlanRequest request(double maxCost, int maxWeeks, LocalDate start) {
    LearnerProfile profile = new LearnerProfile(List.of(), List.of(), 5, Optional.of(current));
    Budget budget = new Budget(OptionalDouble.of(maxCost), "USD", OptionalDouble.empty(), OptionalInt.of(maxWeeks), 8);
    Preferences prefs = new Preferences(Set.of(), Set.of("en"), Set.of(), Set.of(), Objective.CHEAPEST, 4, OptionalDouble.empty(), false);
    return new PlanRequest(target, profile, budget, prefs, Optional.empty(), start);
  }
}
