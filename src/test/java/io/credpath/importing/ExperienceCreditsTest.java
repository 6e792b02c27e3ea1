package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taxonomy/curated/experience-in.jsonl}: read with file and line in every error, and applied by the import. */
class ExperienceCreditsTest {
  private static final String HEADER = "{\"source\": {\"name\": \"test\"}}\n";

  @Test
  void theShippedTableCountsAnHrSpecialistsYearsTowardTheSphrAndTheImportAppliedIt() throws Exception {
    List<CuratedTables.CredentialOccupations> rows = new CuratedTables(Path.of("taxonomy/curated")).experienceCredits();
    assertThat(rows).filteredOn(r -> r.credential().equals("hrci:sphr")).singleElement()
        .satisfies(r -> assertThat(r.occupations()).contains("13-1071.00"));
    List<String> shipped = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of("taxonomy/credentials.jsonl"))) {
      JsonNode n = json.readTree(line);
      if (n.path("id").asText().equals("hrci:sphr")) n.path("experienceIn").forEach(c -> shipped.add(c.asText()));
    }
    assertThat(shipped).as("the shipped catalogue was imported with the table").contains("13-1071.00");
  }

  @Test
  void aRowWithoutOccupationsReasonOrSourceIsRefusedNamingFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("experience-in.jsonl"), HEADER
        + "{\"credential\": \"hrci:sphr\", \"experienceIn\": [], \"reason\": \"r\", \"source\": \"https://example.org\"}\n");
    assertThatThrownBy(() -> new CuratedTables(dir).experienceCredits())
        .hasMessageContaining("experience-in.jsonl").hasMessageContaining(":2").hasMessageContaining("experienceIn names no occupation");
    Files.writeString(dir.resolve("experience-in.jsonl"), HEADER
        + "{\"credential\": \"hrci:sphr\", \"experienceIn\": [\"13-1071.00\"], \"source\": \"https://example.org\"}\n");
    assertThatThrownBy(() -> new CuratedTables(dir).experienceCredits()).hasMessageContaining("reason is required");
    Files.writeString(dir.resolve("experience-in.jsonl"), HEADER
        + "{\"credential\": \"hrci:sphr\", \"experienceIn\": [\"13-1071.00\"], \"reason\": \"r\"}\n");
    assertThatThrownBy(() -> new CuratedTables(dir).experienceCredits()).hasMessageContaining("source is required");
  }
}
