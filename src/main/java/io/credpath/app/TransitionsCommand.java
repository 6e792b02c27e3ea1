package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.TransitionFinder;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code credpath transitions --current <occupation id or title>}: the jobs nearest to the current one, as {@code POST transitions}
 * answers them: why each is close, its job zone change, gap size and the cheapest pathway's cost and weeks.
 */
final class TransitionsCommand {
  private final Args args;
  private final AppConfig config;
  private final PrintStream out;

  TransitionsCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    this.args = new Args(argv, Set.of("current", "limit", "hours-per-week", "max-cost", "max-weeks", "experience-years", "taxonomy", "rules"),
        Set.of("json", "include-catch-all"));
    Map<String, String> flags = new java.util.HashMap<>(args.flags());
    for (String own : List.of("current", "limit", "hours-per-week", "max-cost", "max-weeks", "experience-years")) flags.remove(own);
    flags.put("on-disk-index", "false");
    this.config = AppConfig.from(flags, env);
    this.out = out;
  }

  int run() {
    String current = args.get("current").orElseThrow(() -> new ConfigException("--current is required (an occupation id or title)"));
    int limit = (int) args.number("limit", 10);
    if (limit < 1 || limit > 50) throw new ConfigException("--limit must be 1..50");
    double perWeek = args.number("hours-per-week", 8);
    if (perWeek < 0.5 || perWeek > 80) throw new ConfigException("--hours-per-week must be 0.5..80");
    java.util.OptionalDouble maxCost = args.get("max-cost").isPresent() ? java.util.OptionalDouble.of(args.number("max-cost", 0))
        : java.util.OptionalDouble.empty();
    if (maxCost.isPresent() && maxCost.getAsDouble() < 0) throw new ConfigException("--max-cost must not be negative");
    java.util.OptionalInt maxWeeks = args.get("max-weeks").isPresent() ? java.util.OptionalInt.of((int) args.number("max-weeks", 0))
        : java.util.OptionalInt.empty();
    if (maxWeeks.isPresent() && maxWeeks.getAsInt() < 1) throw new ConfigException("--max-weeks must be at least 1");
    io.credpath.planner.Budget budget = new io.credpath.planner.Budget(maxCost, "USD", java.util.OptionalDouble.empty(), maxWeeks, perWeek);
    LearnerProfile profile = new LearnerProfile(List.of(), List.of(), args.number("experience-years", 5), Optional.of(current));
    try (Application app = Application.load(config, System.err, false)) {
      List<TransitionFinder.Transition> found = app.generation().transitions(CatalogScope.everything(), PlanningService.PLANNED_TRANSITIONS)
          .find(profile, budget, LocalDate.now(), limit, args.has("include-catch-all"));
      if (args.has("json")) {
        out.println(Json.write(found));
        return 0;
      }
      for (TransitionFinder.Transition t : found) {
        String zone = t.jobZoneChange().stream().mapToObj(d -> d > 0 ? "+" + d : String.valueOf(d)).findFirst().orElse("?");
        String cost = t.cheapestCost().isPresent() ? String.format("cheapest $%.0f in %d weeks", t.cheapestCost().getAsDouble(),
            t.cheapestWeeks().orElse(0)) : "no pathway planned";
        if (t.recognisedCost().isPresent() && t.recognisedCost().getAsDouble() != t.cheapestCost().orElse(-1)) {
          cost += String.format(", best-recognised $%.0f in %d weeks", t.recognisedCost().getAsDouble(), t.recognisedWeeks().orElse(0));
        }
        out.printf("%.3f  %s %s (zone %s, gap %d, %s)%n       %s%n", t.similarity(), t.occupation(), t.title(), zone, t.gapSize(),
            cost, t.why());
      }
    }
    return 0;
  }
}
