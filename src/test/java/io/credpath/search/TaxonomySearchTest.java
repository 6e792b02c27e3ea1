package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaxonomySearchTest {
  static CatalogIndex index;
  static TaxonomySearch search;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(TestCatalogs.withSynonyms(), Optional.empty());
    search = new TaxonomySearch(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> occupations(String text) {
    return search.occupations(text, 5).stream().map(TaxonomyHit::id).toList();
  }

  private static List<String> skills(String text) {
    return search.skills(text, 5).stream().map(TaxonomyHit::id).toList();
  }

  @Test
  void findsOccupationByTitle() {
    assertThat(occupations("information security analyst")).first().isEqualTo("15-1212.00");
  }

  @Test
  void findsOccupationByAlternateTitle() {
    assertThat(occupations("data analyst")).first().isEqualTo("15-2051.01");
    assertThat(occupations("data scientist")).first().isEqualTo("15-2041.00");
  }

  @Test
  void abbreviationFindsOccupation() {
    assertThat(occupations("RN")).first().isEqualTo("29-1141.00");
  }

  @Test
  void typoFallsBackToFuzzyMatching() {
    assertThat(occupations("statistician")).first().isEqualTo("15-2041.00");
    assertThat(occupations("statistican")).first().isEqualTo("15-2041.00");
  }

  @Test
  void findsSkillByNameAndAlias() {
    assertThat(skills("kubernetes")).first().isEqualTo("skill:kubernetes");
    assertThat(skills("k8s")).first().isEqualTo("skill:kubernetes");
    assertThat(skills("excel")).first().isEqualTo("skill:excel");
    assertThat(skills("structured query language")).first().isEqualTo("skill:sql");
  }

  @Test
  void labelIsTheCanonicalName() {
    assertThat(search.skills("ecmascript", 1)).extracting(TaxonomyHit::label).containsExactly("JavaScript");
  }

  @Test
  void unknownTextFindsNothing() {
    assertThat(occupations("zzzz qqqq")).isEmpty();
  }

  @Test
  void rejectsLimitOutOfRange() {
    assertThatThrownBy(() -> search.skills("sql", 0)).hasMessageContaining("0");
    assertThatThrownBy(() -> search.occupations("sql", 101)).hasMessageContaining("101");
  }
}
