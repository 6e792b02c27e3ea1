package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credpath import} over the real raw data, with a curated table broken on purpose: it stops, exit 1, naming the row. */
class ImportCommandTest {
  private static final Path RAW = Path.of("..", "shared", "data", "raw");

  @Test
  void aBadCuratedRowStopsTheImportNamingFileAndLineWithoutAStackTrace(@TempDir Path tmp) throws IOException {
    Path out = curatedCopy(tmp);
    Path settings = out.resolve("curated").resolve("import-settings.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(settings));
    int row = lineOf(lines, "\"signals.relativeShare\"");
    assertThat(row).as("the shipped settings have signals.relativeShare").isPositive();
    lines.set(row, lines.get(row).replaceFirst("\"value\": *[0-9.]+", "\"value\": 1.4"));
    Files.write(settings, lines);

    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int code = runImport(out, said);

    assertThat(code).isEqualTo(1);
    assertThat(said.toString(StandardCharsets.UTF_8)).contains("credpath import: ").contains("import-settings.jsonl:" + (row + 1))
        .contains("signals.relativeShare").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void aRawRecordTheImportRejectsStopsItNamingFileLineAndFieldUnlessExcluded(@TempDir Path tmp) throws IOException {
    Path out = curatedCopy(tmp);
    Path exclusions = out.resolve("curated").resolve("excluded-records.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(exclusions));
    int row = lineOf(lines, "\"record\": \"52118\"");
    assertThat(row).as("the shipped exclusions leave out Udemy course 52118").isPositive();
    lines.remove(row);
    Files.write(exclusions, lines);

    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int code = runImport(out, said);

    assertThat(code).isEqualTo(1);
    assertThat(said.toString(StandardCharsets.UTF_8))
        .contains("credpath import: " + RAW.resolve("udemy/udemy_courses.csv") + ":293: course_title runs into the next line")
        .contains("Multiply your returns using 'Value Investing").contains("excluded-records.jsonl")
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(out.resolve("credentials.jsonl")).as("nothing is written").doesNotExist();
  }

  /** A scratch taxonomy folder holding a copy of the shipped curated tables. */
  private static Path curatedCopy(Path tmp) throws IOException {
    Path out = tmp.resolve("taxonomy");
    Files.createDirectories(out.resolve("curated"));
    try (var files = Files.list(Path.of("taxonomy", "curated"))) {
      for (Path f : files.toList()) Files.copy(f, out.resolve("curated").resolve(f.getFileName()));
    }
    return out;
  }

  private static int lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) return i;
    }
    return -1;
  }

  /** Runs credpath import over the real raw data into {@code out}; what it printed goes to {@code said}. */
  private static int runImport(Path out, ByteArrayOutputStream said) {
    PrintStream print = new PrintStream(said, true, StandardCharsets.UTF_8);
    return Main.run(new String[] {"import", "--raw", RAW.toString(), "--out", out.toString()}, Map.of(), print, print);
  }
}
