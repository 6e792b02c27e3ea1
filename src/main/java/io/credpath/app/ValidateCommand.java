package io.credpath.app;

import io.credpath.catalog.Problem;
import io.credpath.rules.RuleBase;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code credpath validate}: checks taxonomy/ and rules/, lists every problem, exits 1 when there is any. */
final class ValidateCommand {
  private final AppConfig config;
  private final PrintStream out;

  ValidateCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    Args args = new Args(argv, Set.of("taxonomy", "rules"), Set.of());
    this.config = AppConfig.from(args.flags(), env);
    this.out = out;
  }

  int run() {
    List<Problem> problems = new ArrayList<>(CatalogGeneration.loader(config.taxonomyDir()).validate());
    problems.addAll(RuleBase.validate(config.rulesDir()));
    if (problems.isEmpty()) {
      out.println("ok: " + config.taxonomyDir() + " and " + config.rulesDir() + " are valid");
      return 0;
    }
    problems.forEach(p -> out.println(p));
    out.println(problems.size() + " problem(s)");
    return 1;
  }
}
