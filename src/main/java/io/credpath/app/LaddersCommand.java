package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.planner.LadderFinder;
import io.credpath.planner.PlanRequest;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code credpath ladders --current <job> --target <job>}: career ladders as {@code POST ladders} answers them: the
 * direct move, why the target is far, and ladders through one or two jobs in between, each move with its cheapest
 * pathway within the budget. Takes the learner and budget flags of {@code plan}.
 */
final class LaddersCommand {
  private final Args args;
  private final AppConfig config;
  private final PrintStream out;

  LaddersCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    Set<String> valued = new HashSet<>(PlanCommand.VALUED);
    valued.add("limit");
    this.args = new Args(argv, valued, Set.of("json", "help", "allow-unknown-cost"));
    Map<String, String> flags = new java.util.HashMap<>(args.flags());
    flags.remove("limit");
    flags.put("on-disk-index", "false");
    this.config = AppConfig.from(flags, env);
    this.out = out;
  }

  int run() {
    if (args.has("help")) {
      out.println("usage: credpath ladders --current <occupation id or title> --target <occupation id or title> [--limit N]\n"
          + "         [--max-cost N] [--max-weeks N] [--hours-per-week N] [--experience-years N] [--held <credential id>]...\n"
          + "         [--education ...] [--json]   (each move is planned within the budget)");
      return 0;
    }
    PlanRequest request = PlanCommand.request(args);
    if (request.profile().currentOccupation().isEmpty()) {
      throw new ConfigException("--current is required: a ladder starts from the learner's current occupation");
    }
    int limit = (int) args.number("limit", 3);
    if (limit < 1 || limit > 10) throw new ConfigException("--limit must be 1..10");
    try (Application app = Application.load(config, System.err, false)) {
      LadderFinder.Answer a = app.generation().ladders(CatalogScope.everything())
          .find(request.profile(), request.target(), request.budget(), request.startDate(), limit);
      if (args.has("json")) {
        out.println(Json.write(a));
        return 0;
      }
      print(a);
    }
    return 0;
  }

  private void print(LadderFinder.Answer a) {
    out.println("Direct: " + a.direct().why());
    if (!a.far()) {
      out.println("The target is within reach directly; see `credpath plan` for its pathways.");
      return;
    }
    out.println("Far: " + String.join("; ", a.farBecause()) + ".");
    if (a.ladders().isEmpty()) {
      out.println("No ladder through the jobs in between does better.");
      return;
    }
    int n = 1;
    for (LadderFinder.Ladder l : a.ladders()) {
      out.printf(Locale.ROOT, "%nLadder %d: %s ($%.0f, %d weeks of preparation, weight %.2f)%n", n++,
          String.join(" -> ", l.rungs().stream().map(LadderFinder.Rung::title).toList()), l.totalCost(), l.totalWeeks(), l.weight());
      for (LadderFinder.Rung r : l.rungs()) {
        out.printf(Locale.ROOT, "  %s %s (similarity %.2f, gap %d)%n    %s%n", r.occupation(), r.title(), r.similarity(), r.gapSize(),
            r.why());
        if (!r.credentials().isEmpty()) out.println("    takes: " + String.join("; ", r.credentials()));
      }
    }
  }
}
