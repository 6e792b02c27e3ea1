package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.planner.PlanResult;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes every panel case's plan at $600 / 26 weeks and $2,000 / 52 weeks as the CLI's tables into one file, for
 * advisors (people or reviewers) to read; {@code main [out-file] [case-id-prefix]}. Not a test: it judges nothing.
 */
final class PanelReport {
  private PanelReport() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/panel-report.txt");
    String only = args.length > 1 ? args[1] : "";
    try (Application app = Application.load(AppConfig.from(Map.of("taxonomy", "taxonomy", "rules", "rules", "on-disk-index", "false"),
        Map.of()), new PrintStream(OutputStream.nullOutputStream()), false)) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8);
      for (Panel c : Panel.all()) {
        if (!c.id().startsWith(only)) continue;
        for (int[] budget : new int[][] {{600, 26}, {2000, 52}}) {
          ps.printf("%n################ %s (%s)  current %s  $%d / %d weeks%n", c.id(), c.family(), c.current().orElse("none"),
              budget[0], budget[1]);
          ps.printf("expected: %s%nnotes: %s%n", c.expected(), c.notes());
          PlanResult r = app.generation().planner(CatalogScope.everything()).plan(c.request(budget[0], budget[1], LocalDate.of(2027, 1, 4)));
          new PlanTable(ps).print(r);
        }
      }
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.write(out, buffer.toByteArray());
    }
    System.out.println("wrote " + out);
  }
}
