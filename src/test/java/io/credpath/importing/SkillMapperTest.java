package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkillMapperTest {

  private SkillVocabulary vocabulary;
  private SkillMapper mapper;

  @BeforeEach
  void setUp() {
    Vocabularies.Canonical canonical = Vocabularies.canonical();
    vocabulary = canonical.vocabulary();
    String tableau = vocabulary.add("Tableau", "technology", null, null);
    vocabulary.add("Computer Vision", "competence", null, null);
    // a tiny stand-in for the ESCO reserve: one skill outside the vocabulary
    mapper = new SkillMapper(vocabulary, key -> key.equals("beekeeping")
        ? Optional.of(vocabulary.add("beekeeping", "competence", null, "esco:bees"))
        : Optional.empty(), canonical.keys(), Vocabularies.WORDS);
    assertThat(tableau).isEqualTo("skill:tableau");
  }

  @Test
  void mapsCommonCourseSkillStringsToCanonicalIds() {
    assertThat(mapper.map("Python Programming")).contains("skill:python");
    assertThat(mapper.map(" SQL")).contains("skill:sql");
    assertThat(mapper.map("Structured query language SQL")).contains("skill:sql");
    assertThat(mapper.map("Tableau Software")).contains("skill:tableau");
    assertThat(mapper.map("Microsoft Excel")).contains("skill:microsoft-excel");
    assertThat(mapper.map("excel")).contains("skill:microsoft-excel");
    assertThat(mapper.map("PowerBI")).contains("skill:power-bi");
    assertThat(mapper.map("k8s")).contains("skill:kubernetes");
    assertThat(mapper.map("R Programming")).contains("skill:r");
    assertThat(mapper.map("Pandas (Python Package)")).contains("skill:pandas");
    assertThat(mapper.map("Application Programming Interface (API)")).contains("skill:rest-apis");
    assertThat(mapper.map("Data Visualization Software")).contains("skill:data-visualization");
  }

  @Test
  void keepsCPlusPlusAndCSharpApartFromC() {
    assertThat(mapper.map("C++")).contains("skill:c-plus-plus");
    assertThat(mapper.map("C#")).contains("skill:c-sharp");
    assertThat(mapper.map("C")).contains("skill:c");
  }

  @Test
  void leavesUnknownStringsUnmappedAndCountsTheRate() {
    assertThat(mapper.mapCounted("Underwater Basket Weaving")).isEmpty();
    assertThat(mapper.mapCounted("Data Analysis")).contains("skill:data-analysis");

    assertThat(mapper.rate()).isEqualTo(0.5);
  }

  @Test
  void promotesReserveSkillsIntoTheVocabularyOnAMatch() {
    assertThat(vocabulary.contains("skill:beekeeping")).isFalse();

    assertThat(mapper.map("Beekeeping")).contains("skill:beekeeping");
    assertThat(vocabulary.contains("skill:beekeeping")).isTrue();
  }

  @Test
  void findsSkillsInTitlesWithoutAmbiguousSingleWords() {
    assertThat(mapper.fromTitle("Learn Python and SQL for Data Analysis"))
        .contains("skill:python", "skill:sql", "skill:data-analysis");
    assertThat(mapper.fromTitle("Go from Zero to Hero: Guitar")).doesNotContain("skill:go")
        .contains("skill:music");
    assertThat(mapper.fromTitle("Introduction to Computer Vision")).contains("skill:computer-vision");
    vocabulary.alias("skill:statistics", "data");
    assertThat(mapper.fromTitle("Data for Managers")).doesNotContain("skill:statistics");
  }
}
