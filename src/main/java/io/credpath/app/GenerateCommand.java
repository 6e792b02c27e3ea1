package io.credpath.app;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.TaxonomyLoader;
import io.credpath.catalog.synthetic.SyntheticCatalogue;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code credpath generate --credentials N [--seed S] --out DIR [--taxonomy DIR]}: a synthetic taxonomy of N credentials
 * shaped after the shipped one (see {@link SyntheticCatalogue}), for the catalogue-size benchmarks; the same bytes for
 * the same seed. Progress is a line per twentieth written.
 */
final class GenerateCommand {
  /** Ids number credentials with seven digits; ten million is far beyond any size the benchmarks ask for. */
  static final int MAX_CREDENTIALS = 9_999_999;
  private final Args args;
  private final AppConfig config;
  private final PrintStream out;

  GenerateCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    this.args = new Args(argv, Set.of("credentials", "seed", "out", "taxonomy"), Set.of());
    Map<String, String> flags = new java.util.HashMap<>(args.flags());
    flags.keySet().retainAll(Set.of("taxonomy"));
    this.config = AppConfig.from(flags, env);
    this.out = out;
  }

  int run() {
    if (!args.positional().isEmpty()) throw new ConfigException("generate takes no positional argument, got " + args.positional());
    Path target = Path.of(args.get("out").orElseThrow(() -> new ConfigException("generate needs --out DIR")));
    if (!args.has("credentials")) throw new ConfigException("generate needs --credentials N");
    double n = args.number("credentials", 0);
    if (n != Math.rint(n) || n < 1 || n > MAX_CREDENTIALS) {
      throw new ConfigException("--credentials must be a whole number from 1 to " + MAX_CREDENTIALS + ", got " + args.get("credentials").get());
    }
    long seed = seed();
    Path from = config.taxonomyDir();
    if (Files.exists(target) && sameDirectory(from, target)) {
      throw new ConfigException("--out " + target + " is the taxonomy it is generated from; choose another directory");
    }
    long start = System.nanoTime();
    TaxonomyLoader loader = CatalogGeneration.loader(from);
    Catalog shipped = loader.load();
    SyntheticCatalogue generator;
    try {
      generator = new SyntheticCatalogue(shipped, from, loader.fingerprint(), (int) n, seed);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    out.printf("generate: %,d credentials (seed %d) into %s, shaped after %s (%,d credentials)%n", (int) n, seed, target, from,
        shipped.credentials().size());
    SyntheticCatalogue.Summary s = generator.writeTo(target, (done, total) ->
        out.printf("generate: %,d / %,d credentials (%d%%), %.1f s%n", done, total, (int) (100L * done / total), seconds(start)));
    out.printf("generate: done in %.1f s: %,d shipped credentials kept, %,d synthetic from %,d providers, %,d synthetic stacks;"
        + " prerequisite depth of the synthetic ones %s; %,d anyOf and %,d k-of-n groups%n", seconds(start), s.kept(), s.made(),
        s.providers(), s.stacks(), s.depths(), s.anyOf(), s.atLeast());
    out.println("generate: check it with: credpath validate --taxonomy " + target);
    return 0;
  }

  private long seed() {
    String raw = args.get("seed").orElse("1");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new ConfigException("--seed must be a whole number, got '" + raw + "'");
    }
  }

  private static boolean sameDirectory(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
