package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credpath import} over the real raw data, with a curated table broken on purpose. */
class ImportCommandTest {
  private static final Path RAW = Path.of("..", "shared", "data", "raw");

  @Test
  void aBadCuratedRowStopsTheImportNamingFileAndLineWithoutAStackTrace(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("taxonomy");
    Files.createDirectories(out.resolve("curated"));
    try (var files = Files.list(Path.of("taxonomy", "curated"))) {
      for (Path f : files.toList()) Files.copy(f, out.resolve("curated").resolve(f.getFileName()));
    }
    Path settings = out.resolve("curated").resolve("import-settings.jsonl");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(settings));
    int row = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"signals.relativeShare\"")) row = i;
    }
    assertThat(row).as("the shipped settings have signals.relativeShare").isPositive();
    lines.set(row, lines.get(row).replaceFirst("\"value\": *[0-9.]+", "\"value\": 1.4"));
    Files.write(settings, lines);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"import", "--raw", RAW.toString(), "--out", out.toString()}, Map.of(),
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String said = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(1);
    assertThat(said).contains("credpath import: ").contains("import-settings.jsonl:" + (row + 1)).contains("signals.relativeShare")
        .doesNotContain("\tat ").doesNotContain("Exception");
  }
}
