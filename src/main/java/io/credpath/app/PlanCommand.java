package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.SkillLevel;
import io.credpath.planner.AmbiguousTargetException;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Preferences;
import io.credpath.planner.solver.Objective;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** {@code credpath plan}: plans pathways to a target occupation and prints them as a table or as JSON. */
final class PlanCommand {
  static final Set<String> VALUED = Set.of("target", "max-cost", "max-hours", "max-weeks", "hours-per-week", "held", "skill",
      "experience-years", "objective", "alternatives", "current", "taxonomy", "rules", "start", "language", "region", "education");
  private final Args args;
  private final AppConfig config;
  private final PrintStream out;

  PlanCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    this.args = new Args(argv, VALUED, Set.of("json", "help", "allow-unknown-cost"));
    Map<String, String> flags = new java.util.HashMap<>(args.flags());
    flags.put("on-disk-index", "false");
    this.config = AppConfig.from(flags, env);
    this.out = out;
  }

  int run() {
    if (args.has("help")) {
      out.println("usage: credpath plan --target <occupation id or title> [--max-cost N] [--max-hours N] [--max-weeks N]\n"
          + "         [--hours-per-week N] [--held <credential id>]... [--skill <skill id>=<level>]... [--experience-years N]\n"
          + "         [--current <occupation id or title>] [--education high-school|certificate|associate|bachelor|master|...]\n"
          + "         [--objective cheapest|fastest|recognised|coverage] [--alternatives N]\n"
          + "         [--language <code>]... [--region <ISO 3166-2 code, e.g. US-OH>] [--allow-unknown-cost]\n"
          + "         [--start YYYY-MM-DD] [--json]");
      return 0;
    }
    PlanRequest request = request(args);
    try (Application app = Application.load(config, System.err, false)) {
      app.generation().catalog();
      PlanResult result;
      try {
        result = app.generation().planner(CatalogScope.everything()).plan(request);
      } catch (AmbiguousTargetException e) {
        out.println(e.getMessage());
        e.choices().forEach(c -> out.printf("  %s  %s%n", c.id(), c.title()));
        return 2;
      }
      if (args.has("json")) {
        out.println(Json.write(result));
      } else {
        new PlanTable(out, request.profile().education().isPresent()).print(result);
      }
    }
    return 0;
  }

  /** The plan request the flags describe; bad values are errors naming the flag. */
  static PlanRequest request(Args args) {
    String target = args.get("target").orElseThrow(() -> new ConfigException("--target is required (an occupation id or title)"));
    List<SkillLevel> skills = new ArrayList<>();
    for (String s : args.all("skill")) {
      int eq = s.lastIndexOf('=');
      if (eq <= 0) throw new ConfigException("--skill must look like <skill id>=<level>, got '" + s + "'");
      try {
        skills.add(new SkillLevel(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1))));
      } catch (NumberFormatException e) {
        throw new ConfigException("--skill level must be a whole number 1..5, got '" + s + "'");
      }
    }
    java.util.OptionalInt education = java.util.OptionalInt.empty();
    if (args.get("education").isPresent()) {
      education = io.credpath.catalog.Education.fromWire(args.get("education").get());
      if (education.isEmpty()) {
        throw new ConfigException("--education must be one of " + String.join(", ", io.credpath.catalog.Education.WIRE)
            + ", got '" + args.get("education").get() + "'");
      }
    }
    LearnerProfile profile = new LearnerProfile(args.all("held"), skills, args.number("experience-years", 0), args.get("current"),
        education);
    Budget budget = new Budget(optional(args, "max-cost"), "USD", optional(args, "max-hours"),
        args.get("max-weeks").isPresent() ? OptionalInt.of((int) args.number("max-weeks", 0)) : OptionalInt.empty(),
        args.number("hours-per-week", 8));
    Objective objective = args.get("objective").map(o -> Objective.fromWire(o)
        .orElseThrow(() -> new ConfigException("--objective must be cheapest, fastest, recognised or coverage, got '" + o + "'")))
        .orElse(Objective.CHEAPEST);
    Preferences defaults = Preferences.defaults();
    Set<String> languages = new java.util.LinkedHashSet<>();
    for (String l : args.all("language")) {
      if (!l.matches("[a-zA-Z]{2,3}")) throw new ConfigException("--language must be a language code such as en or es, got '" + l + "'");
      languages.add(l.toLowerCase(java.util.Locale.ROOT));
    }
    Preferences prefs = new Preferences(Set.of(), languages, Set.of(), Set.of(), objective,
        (int) args.number("alternatives", defaults.alternatives()), OptionalDouble.empty(), false, args.has("allow-unknown-cost"),
        region(args.get("region").orElse("")));
    LocalDate start;
    try {
      start = args.get("start").map(LocalDate::parse).orElse(LocalDate.now());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ConfigException("--start must be a date like 2027-01-04, got '" + args.get("start").orElse("") + "'");
    }
    return new PlanRequest(target, profile, budget, prefs, Optional.empty(), start);
  }

  private static OptionalDouble optional(Args args, String name) {
    return args.get(name).isPresent() ? OptionalDouble.of(args.number(name, 0)) : OptionalDouble.empty();
  }

  /** The --region value upper-cased, or a clear error when it is not an ISO 3166-2 code. */
  private static String region(String value) {
    String r = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!r.isEmpty() && !io.credpath.catalog.Credential.JURISDICTION.matcher(r).matches()) {
      throw new ConfigException("--region must be an ISO 3166-2 region code such as US-OH, got '" + value + "'");
    }
    return r;
  }
}
