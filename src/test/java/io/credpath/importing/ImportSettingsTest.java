package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taxonomy/curated/import-settings.jsonl} and {@code coursera-durations.jsonl}: every bad row named by file and line. */
class ImportSettingsTest {
  @TempDir Path dir;

  private String shipped(String file) throws IOException {
    return Files.readString(Path.of("taxonomy/curated", file));
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  private ImportSettings settings() {
    return new ImportSettings(new CuratedTables(dir));
  }

  @Test
  void theShippedSettingsHoldTheAssumedPricesAndPaces() {
    assertThat(Vocabularies.SETTINGS.courseraPrices()).isEqualTo(new CourseraEstimates.Prices(49.0, 9.99));
    assertThat(Vocabularies.SETTINGS.roadmapPace()).isEqualTo(new StudyPace(10, 4));
  }

  @Test
  void theShippedThresholdsAreTheOnesTheImportWasTunedWith() {
    ImportSettings settings = Vocabularies.SETTINGS;
    assertThat(settings.scale().keepImportance()).isEqualTo(3.0);
    assertThat(settings.scale().essentialImportance()).isEqualTo(3.5);
    assertThat(settings.derivation().signals().relativeShare()).isEqualTo(0.4);
    assertThat(settings.derivation().signals().sideImportance()).isEqualTo(2.5);
    assertThat(settings.generalThresholds().commonShare()).as("read back as exactly 1.0 / 3").isEqualTo(1.0 / 3);
    assertThat(settings.escoLimits()).isEqualTo(new EscoImporter.Limits(3, 6, 5));
    assertThat(settings.assemblyLimits()).isEqualTo(new OccupationAssembly.Limits(20, 12, 10));
    assertThat(settings.topicMinOfferings()).isEqualTo(3);
  }

  @Test
  void aWholeNumberSettingRefusesAFractionAndLevelsMustBeInOrder() throws IOException {
    String text = shipped(ImportSettings.FILE);
    write(ImportSettings.FILE, text.replace("{\"setting\": \"esco.skillsPerLink\", \"value\": 20,", "{\"setting\": \"esco.skillsPerLink\", \"value\": 20.5,"));
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl:" + lineOf(text, "esco.skillsPerLink")
        + ": value is required (a whole number) (setting esco.skillsPerLink)");
    write(ImportSettings.FILE, text.replace("{\"setting\": \"signals.corroboratedMinLevel\", \"value\": 2,",
        "{\"setting\": \"signals.corroboratedMinLevel\", \"value\": 4,"));
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl:" + lineOf(text, "signals.corroboratedMinLevel")
        + ": value must not exceed signals.corroboratedMaxLevel (3), got 4 (setting signals.corroboratedMinLevel)");
    write(ImportSettings.FILE, text.replace("{\"setting\": \"signals.relativeShare\", \"value\": 0.4,", "{\"setting\": \"signals.relativeShare\", \"value\": 1.4,"));
    assertThatThrownBy(this::settings).hasMessageContaining(": value must be from 0 to 1, got 1.4 (setting signals.relativeShare)");
  }

  @Test
  void aMissingFileOrHeaderStopsTheImport() throws IOException {
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl: missing");
    write(ImportSettings.FILE, shipped(ImportSettings.FILE).lines().skip(1).reduce("", (a, b) -> a + b + "\n"));
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl:1: the first line must be the {\"source\": {...}} header");
  }

  @Test
  void anUnknownRepeatedOrMissingSettingIsNamedWithItsLine() throws IOException {
    String text = shipped(ImportSettings.FILE);
    write(ImportSettings.FILE, text.replace("\"udemy.hoursPerWeekSlow\"", "\"udemy.hoursPerWeekSlw\""));
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl:" + lineOf(text, "udemy.hoursPerWeekSlow") + ": setting udemy.hoursPerWeekSlw is not one the importer reads");
    write(ImportSettings.FILE, text.replace("\"udemy.hoursPerWeekSlow\"", "\"udemy.hoursPerWeekFast\""));
    assertThatThrownBy(this::settings).hasMessageContaining("setting udemy.hoursPerWeekFast is listed twice, first on line " + lineOf(text, "udemy.hoursPerWeekFast"));
    write(ImportSettings.FILE, text.lines().filter(l -> !l.contains("\"coursera.guidedProjectPrice\"")).reduce("", (a, b) -> a + b + "\n"));
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl: setting coursera.guidedProjectPrice is missing");
  }

  @Test
  void aValueOutOfRangeOfTheWrongKindOrWithoutAReasonIsRefused() throws IOException {
    String text = shipped(ImportSettings.FILE);
    int line = lineOf(text, "coursera.monthlySubscription");
    write(ImportSettings.FILE, text.replace("\"value\": 49.0", "\"value\": -49.0"));
    assertThatThrownBy(this::settings).hasMessageContaining("import-settings.jsonl:" + line + ": value must be from 0 to 1000, got -49.0 (setting coursera.monthlySubscription)");
    write(ImportSettings.FILE, text.replace("\"value\": 49.0", "\"value\": \"49\""));
    assertThatThrownBy(this::settings).hasMessageContaining(":" + line + ": value is required (a number)");
    write(ImportSettings.FILE, text.replaceFirst("\"reason\": \"The scrapes hold no prices[^\"]*\"", "\"reason\": \"\""));
    assertThatThrownBy(this::settings).hasMessageContaining(":" + line + ": reason is required");
    write(ImportSettings.FILE, text.replace("{\"setting\": \"udemy.hoursPerWeekSlow\", \"value\": 3", "{\"setting\": \"udemy.hoursPerWeekSlow\", \"value\": 12"));
    assertThatThrownBy(this::settings).hasMessageContaining(":" + lineOf(text, "udemy.hoursPerWeekSlow")
        + ": value must not exceed udemy.hoursPerWeekFast (10), got 12 (setting udemy.hoursPerWeekSlow)");
  }

  @Test
  void courseraBucketsNeedKnownTypesEachTypicalOnceAndWeeksInOrder() throws IOException {
    String text = shipped(CourseraEstimates.FILE);
    CourseraEstimates.Prices prices = Vocabularies.SETTINGS.courseraPrices();
    write(CourseraEstimates.FILE, text.replace("[\"course\"]", "[\"mooc\"]"));
    assertThatThrownBy(() -> new CourseraEstimates(new CuratedTables(dir), prices))
        .hasMessageContaining("coursera-durations.jsonl:" + lineOf(text, "1 - 4 Weeks") + ": typicalFor mooc is not a Coursera product type");
    write(CourseraEstimates.FILE, text.replace("[\"course\"]", "[\"specialization\"]"));
    assertThatThrownBy(() -> new CourseraEstimates(new CuratedTables(dir), prices))
        .hasMessageContaining("coursera-durations.jsonl:" + lineOf(text, "1 - 3 Months") + ": typicalFor specialization is listed twice, first on line "
            + lineOf(text, "1 - 4 Weeks"));
    write(CourseraEstimates.FILE, text.replace("[\"course\"]", "[]"));
    assertThatThrownBy(() -> new CourseraEstimates(new CuratedTables(dir), prices)).hasMessageContaining("no bucket is typicalFor course");
    write(CourseraEstimates.FILE, text.replace("\"minWeeks\": 4, \"maxWeeks\": 13", "\"minWeeks\": 14, \"maxWeeks\": 13"));
    assertThatThrownBy(() -> new CourseraEstimates(new CuratedTables(dir), prices))
        .hasMessageContaining("coursera-durations.jsonl:" + lineOf(text, "1 - 3 Months") + ": maxWeeks must be from 14 to 520, got 13");
    write(CourseraEstimates.FILE, text.replace("\"bucket\": \"1 - 3 Months\"", "\"bucket\": \"1 - 4  weeks\""));
    assertThatThrownBy(() -> new CourseraEstimates(new CuratedTables(dir), prices)).hasMessageContaining("bucket 1 - 4 weeks is listed twice");
  }

  /** The 1-based line of the first line containing {@code text}. */
  static int lineOf(String file, String text) {
    var lines = file.lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
    throw new AssertionError("no line contains " + text);
  }
}
