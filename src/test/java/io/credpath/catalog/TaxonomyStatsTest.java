package io.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyStatsTest {
  @Test
  void countsTheFixtureCatalogue() {
    TaxonomyStats stats = TaxonomyStats.of(Fixtures.smallCatalog());

    assertThat(stats.occupations()).isEqualTo(2);
    assertThat(stats.occupationsWithRequirements()).isEqualTo(2);
    assertThat(stats.skills()).isEqualTo(9);
    assertThat(stats.credentials()).isEqualTo(15);
    assertThat(stats.byType()).containsEntry("certification", 6).containsEntry("course", 8)
        .containsEntry("professional-certificate", 1).containsEntry("badge", 0);
    assertThat(stats.stacks()).isEqualTo(1);
    // sql-advanced (a skill), sec-plus, cysa, pentest, expert
    assertThat(stats.credentialsWithPrerequisites()).isEqualTo(5);
    // sec-plus 1, cysa 1, pentest 1, expert 3
    assertThat(stats.prerequisiteEdges()).isEqualTo(6);
    assertThat(stats.skillMappingRate()).isEqualTo(1.0);
  }

  @Test
  void mappingRateCountsUnmappedSkillStrings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // the tiny taxonomy: 3 credentials, each one mapped skill and one unmapped string
    Catalog catalog = new TaxonomyLoader(new TaxonomyFiles().writeTo(dir), io.credpath.graph.PrerequisiteCycles.FINDER).load();
    assertThat(TaxonomyStats.of(catalog).skillMappingRate()).isEqualTo(0.5);
  }

  @Test
  void mapsForJsonWithCredentialCountsNested() {
    Catalog empty = new Catalog(List.of(), List.of(), List.of(), List.of(), Map.of());
    Map<String, Object> map = TaxonomyStats.of(empty).toMap();
    assertThat(map).containsOnlyKeys("occupations", "occupationsWithRequirements", "skills", "credentials", "stacks",
        "credentialsWithPrerequisites", "prerequisiteEdges", "skillMappingRate");
    assertThat(credentialCounts(map)).containsOnlyKeys("total", "byType").containsEntry("total", 0);
    assertThat(map.keySet()).first().isEqualTo("occupations");
    assertThat(map).containsEntry("skillMappingRate", 0.0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> credentialCounts(Map<String, Object> map) {
    return (Map<String, Object>) map.get("credentials");
  }
}
