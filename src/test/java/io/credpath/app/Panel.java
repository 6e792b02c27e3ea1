package io.credpath.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import io.credpath.planner.solver.Objective;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The advisor panel: everyday career changes across many fields ({@code src/test/resources/panel/*.jsonl}), each with
 * the credentials an advisor would expect, researched from public sources and written next to the case with the
 * reasoning ({@code expected}: any one of each group), the steps an advisor would also keep ({@code acceptable}) and
 * the steps they would strike (in words, or by catalogue id: those the panel test checks are never planned).
 */
record Panel(String id, String family, Optional<String> current, String target, double experienceYears,
    List<List<String>> expected, List<String> acceptable, List<String> strike, String notes) {
  static final Path DIR = Path.of("src/test/resources/panel");

  /** Every case of every family file, in file and line order. */
  static List<Panel> all() {
    ObjectMapper json = new ObjectMapper();
    List<Panel> out = new ArrayList<>();
    try (var files = Files.list(DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        String family = f.getFileName().toString().replace(".jsonl", "");
        for (String line : Files.readAllLines(f)) {
          if (line.isBlank()) continue;
          JsonNode n = json.readTree(line);
          List<List<String>> expected = new ArrayList<>();
          n.path("expected").forEach(e -> expected.add(strings(e.path("anyOf"))));
          out.add(new Panel(n.path("id").asText(), family,
              n.hasNonNull("current") ? Optional.of(n.path("current").asText()) : Optional.empty(), n.path("target").asText(),
              n.path("experienceYears").asDouble(0), expected, strings(n.path("acceptable")), strings(n.path("strike")),
              n.path("notes").asText("")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asText()));
    return out;
  }

  @Override
  public String toString() {
    return id;
  }

  /** The request for this case at {@code maxCost} dollars over {@code maxWeeks} weeks, 8 hours a week, English. */
  PlanRequest request(double maxCost, int maxWeeks, LocalDate start) {
    LearnerProfile profile = new LearnerProfile(List.of(), List.of(), experienceYears, current);
    Budget budget = new Budget(OptionalDouble.of(maxCost), "USD", OptionalDouble.empty(), OptionalInt.of(maxWeeks), 8);
    Preferences prefs = new Preferences(Set.of(), Set.of("en"), Set.of(), Set.of(), Objective.CHEAPEST, 4, OptionalDouble.empty(), false);
    return new PlanRequest(target, profile, budget, prefs, Optional.empty(), start);
  }
}
