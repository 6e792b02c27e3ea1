package io.credpath.app;

import io.credpath.importing.ImportReport;
import io.credpath.importing.TaxonomyImport;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code credpath import}: rebuilds taxonomy/ from the raw public sources (O*NET, ESCO, Coursera, Udemy, ...), then
 * validates what it wrote; exits 1 at a bad curated row or a raw record the import rejects, naming its file, line and
 * field, and lists every problem when the result would not load.
 */
final class ImportCommand {
  private final Path raw;
  private final Path outDir;
  private final PrintStream out;

  ImportCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    Args args = new Args(argv, Set.of("raw", "out"), Set.of());
    Path home = Path.of(env.getOrDefault("CREDPATH_HOME", "."));
    this.raw = args.get("raw").map(Path::of).orElse(home.resolve("../shared/data/raw"));
    this.outDir = args.get("out").map(Path::of).orElse(home.resolve("taxonomy"));
    this.out = out;
  }

  int run() {
    if (!Files.isDirectory(raw)) throw new ConfigException("raw data directory not found: " + raw + " (use --raw DIR)");
    ImportReport report;
    try {
      report = new TaxonomyImport(raw, outDir, out).run();
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      // The importer stops at the first bad row of a curated table, and at the first raw record it rejects that
      // curated/excluded-records.jsonl does not leave out, naming its file, line and field: that message is the answer,
      // not a stack trace.
      out.println("credpath import: " + e.getMessage());
      out.println("the import stopped there; fix what the line above names and import again");
      return 1;
    }
    out.println(report);
    // What the importer passed through from the curated tables must load: a record the service would reject (a
    // fractional week, an unknown skill) is named here, by id and field, not found at the next start.
    List<io.credpath.catalog.Problem> problems = CatalogGeneration.loader(outDir).validate();
    if (problems.isEmpty()) return 0;
    problems.forEach(p -> out.println(p));
    out.println(problems.size() + " problem(s) in the imported taxonomy " + outDir
        + " (fix the curated record they name under taxonomy/curated/ and import again)");
    return 1;
  }
}
