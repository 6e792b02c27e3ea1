package io.credpath.importing;

import static io.credpath.importing.ImportSettingsTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taxonomy/curated/roadmap-*.jsonl}: the shipped tables, and every bad row named by file and line. */
class RoadmapTablesTest {
  @TempDir Path dir;

  private CuratedCopy curated;

  @BeforeEach
  void copyShipped() throws IOException {
    curated = CuratedCopy.of(dir, RoadmapTables.CATEGORIES, RoadmapTables.LEVELS, RoadmapTables.ISSUERS);
  }

  private String edit(String file, String from, String to) throws IOException {
    return curated.edit(file, from, to);
  }

  private RoadmapTables tables() {
    return new RoadmapTables(curated.tables());
  }

  @Test
  void chartRowsMakeLevelsAndHoursFromTheTopDown() {
    RoadmapTables t = new RoadmapTables(Vocabularies.TABLES);
    assertThat(t.band(1)).isEqualTo(new RoadmapTables.Band(5, 1, 5, 200));
    assertThat(t.band(11).level()).isEqualTo(3);
    assertThat(t.band(26)).isEqualTo(new RoadmapTables.Band(1, 22, 26, 20));
    assertThat(t.band(40).level()).as("a row past the chart is entry level").isEqualTo(1);
    assertThat(t.band(0).level()).isEqualTo(5);
    assertThat(t.lastRow()).isEqualTo(26);
  }

  @Test
  void anIssuerIsAListedMultiWordNameOrTheFirstWord() {
    RoadmapTables t = new RoadmapTables(Vocabularies.TABLES);
    assertThat(t.issuer("Offensive Security Certified Professional")).isEqualTo("Offensive Security");
    assertThat(t.issuer("GIAC Cyber Threat Intelligence")).isEqualTo("GIAC");
    assertThat(t.categories()).filteredOn(c -> c.category().equals("nix")).singleElement()
        .satisfies(c -> assertThat(c.skill()).isEqualTo("Linux"));
  }

  @Test
  void bandsMustCoverTheChartRowsWithoutGapsOrOverlaps() throws IOException {
    String text = edit(RoadmapTables.LEVELS, "\"firstRow\": 11, \"lastRow\": 16", "\"firstRow\": 12, \"lastRow\": 16");
    assertThatThrownBy(this::tables).hasMessageContaining("roadmap-levels.jsonl:" + lineOf(text, "\"level\": 3")
        + ": firstRow must be 11, got 12 (the bands must cover the chart's rows from 1 without gaps or overlaps)");
    Files.writeString(dir.resolve(RoadmapTables.LEVELS), text.replace("\"level\": 3,", "\"level\": 4,"));
    assertThatThrownBy(this::tables).hasMessageContaining(":" + lineOf(text, "\"level\": 3") + ": level 4 is listed twice, first on line "
        + lineOf(text, "\"level\": 4"));
    Files.writeString(dir.resolve(RoadmapTables.LEVELS), text.replace("\"hours\": 80", "\"hours\": 80.5"));
    assertThatThrownBy(this::tables).hasMessageContaining(":" + lineOf(text, "\"level\": 3") + ": hours is required (a whole number)");
    Files.writeString(dir.resolve(RoadmapTables.LEVELS), text.replace("\"level\": 3,", "\"level\": 6,"));
    assertThatThrownBy(this::tables).hasMessageContaining(":" + lineOf(text, "\"level\": 3") + ": level must be from 1 to 5, got 6");
  }

  @Test
  void aCategoryListedTwiceOrAnIssuerOfOneWordOrNeverReachedIsRefused() throws IOException {
    String categories = edit(RoadmapTables.CATEGORIES, "\"category\": \"nix\"", "\"category\": \"iam\"");
    assertThatThrownBy(this::tables).hasMessageContaining("roadmap-categories.jsonl:" + lineOf(categories, "\"nix\"")
        + ": category iam is listed twice, first on line " + lineOf(categories, "\"iam\""));
    Files.writeString(dir.resolve(RoadmapTables.CATEGORIES), categories);
    String issuers = edit(RoadmapTables.ISSUERS, "\"issuer\": \"Dark Vortex\"", "\"issuer\": \"Checkpoint\"");
    assertThatThrownBy(this::tables).hasMessageContaining("roadmap-issuers.jsonl:" + lineOf(issuers, "Dark Vortex")
        + ": issuer must be a name of several words");
    Files.writeString(dir.resolve(RoadmapTables.ISSUERS), issuers.replace("\"issuer\": \"Dark Vortex\"", "\"issuer\": \"Red Hat Academy\""));
    assertThatThrownBy(this::tables).hasMessageContaining(":" + lineOf(issuers, "Dark Vortex") + ": issuer Red Hat Academy is never reached: Red Hat on line "
        + lineOf(issuers, "\"Red Hat\""));
  }

  @Test
  void aCategorySkillOutsideTheVocabularyStopsTheImportAtItsLine() throws IOException {
    String text = edit(RoadmapTables.CATEGORIES, "\"skill\": \"Exploit Development\"", "\"skill\": \"Exploit Developmnt\"");
    Path raw = dir.resolve("raw");
    Files.createDirectories(raw.resolve("sec_cert_roadmap"));
    Files.writeString(raw.resolve("sec_cert_roadmap/certificates.json"), "[]");
    RoadmapImporter importer = new RoadmapImporter(raw, tables(), Vocabularies.SETTINGS.roadmapPace(), 2, LeftOutRecords.none()).read();
    assertThatThrownBy(() -> importer.items(Vocabularies.canonical().mapper()))
        .hasMessageContaining("roadmap-categories.jsonl:" + lineOf(text, "Exploit Development") + ": skill Exploit Developmnt is no skill of the vocabulary");
  }
}
