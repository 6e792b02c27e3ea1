package io.credpath.app;

import io.credpath.catalog.TaxonomyException;
import io.credpath.catalog.UnknownIdException;
import io.credpath.rules.RuleCompilationException;
import io.credpath.rules.RuleTrialException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The command line: {@code credpath <command> [options]}. */
public final class Main {
  private static final String USAGE = """
      usage: credpath <command> [options]

        serve     [--port N] [--taxonomy DIR] [--rules DIR] [--data-dir DIR]   run the HTTP service
        validate  [--taxonomy DIR] [--rules DIR]                               check taxonomy and rules, list every problem
        info      [--taxonomy DIR] [--json]                                    counts of the loaded taxonomy
        import    [--raw DIR] [--out DIR]                                      rebuild taxonomy/ from the raw public sources
        generate  --credentials N [--seed S] --out DIR [--taxonomy DIR]         a synthetic taxonomy of N credentials (benchmarks)
        plan      --target <occupation id or title> [options]                  plan pathways (see `credpath plan --help`)
        transitions --current <occupation id or title> [--limit N] [--include-catch-all] [--json]  the nearest jobs, with why
        ladders   --current <job> --target <job> [plan's budget flags] [--limit N] [--json]  career ladders to a far target
        cohort    plan FILE.csv [--server URL] [--key KEY] [--name N] [--start-date D]   upload a cohort, plan it, follow the job
        cohort    generate [--rows N] [--seed S]   a made-up cohort CSV from the shipped occupations (to try a large cohort)
        bench     plan|plan-careers|search|suggest|transitions|ladders|store [--iterations N] [--warmup N]  measure latency in-process
        bench     similarity [--raw DIR] [--tune] [--show id,id]         evaluate the nearest-occupation measure
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Map.copyOf(System.getenv()), System.out, System.err));
  }

  /** Runs one command and returns the process exit code; never throws for bad input. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "serve": return new ServeCommand(rest, env, out).run();
        case "validate": return new ValidateCommand(rest, env, out).run();
        case "info": return new InfoCommand(rest, env, out).run();
        case "import": return new ImportCommand(rest, env, out).run();
        case "generate": return new GenerateCommand(rest, env, out).run();
        case "plan": return new PlanCommand(rest, env, out).run();
        case "bench": return new BenchCommand(rest, env, out).run();
        case "transitions": return new TransitionsCommand(rest, env, out).run();
        case "ladders": return new LaddersCommand(rest, env, out).run();
        case "cohort": return new CohortCommand(rest, env, out, System.console() != null && out == System.out).run();
        default:
          err.println("credpath: unknown command '" + args[0] + "'");
          err.print(USAGE);
          return 2;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("credpath " + args[0] + ": interrupted");
      return 1;
    } catch (ConfigException | UnknownIdException e) {
      err.println("credpath " + args[0] + ": " + e.getMessage());
      return 2;
    } catch (io.credpath.planner.AmbiguousTargetException e) {
      err.println("credpath " + args[0] + ": " + e.getMessage().replaceFirst(": .*", ":"));
      e.choices().forEach(c -> err.printf("  %s  %s%n", c.id(), c.title()));
      return 2;
    } catch (TaxonomyException | RuleCompilationException | RuleTrialException e) {
      err.println("credpath " + args[0] + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("credpath " + args[0] + ": " + e.getMessage());
      return 2;
    }
  }
}
