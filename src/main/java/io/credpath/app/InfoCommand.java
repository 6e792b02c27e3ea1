package io.credpath.app;

import io.credpath.catalog.LoadedTaxonomy;
import io.credpath.catalog.TaxonomyStats;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code credpath info [--json]}: counts of the loaded taxonomy and how long loading took. */
final class InfoCommand {
  private final Args args;
  private final AppConfig config;
  private final PrintStream out;

  InfoCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    this.args = new Args(argv, Set.of("taxonomy"), Set.of("json"));
    this.config = AppConfig.from(args.flags(), env);
    this.out = out;
  }

  int run() {
    LoadedTaxonomy loaded = CatalogGeneration.loader(config.taxonomyDir()).loadTimed();
    Map<String, Object> info = new LinkedHashMap<>(TaxonomyStats.of(loaded.catalog()).toMap());
    info.put("loadMillis", loaded.loadMillis());
    if (args.has("json")) {
      out.println(Json.write(info));
    } else {
      info.forEach((k, v) -> out.printf("%-30s %s%n", k, v));
    }
    return 0;
  }
}
