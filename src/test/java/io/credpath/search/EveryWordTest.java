package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A credential search of several words matches only credentials that hold every word somewhere, as typed or as meant. */
class EveryWordTest {
  static CatalogIndex index;
  static CredentialSearch search;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(TestCatalogs.withSynonyms(), Optional.empty());
    search = new CredentialSearch(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(String text) {
    return search.search(CredentialQuery.text(text).page(0, 100).build()).hits().stream().map(CredentialHit::id).toList();
  }

  @Test
  void everyWordMustOccurInSomeField() {
    assertThat(ids("data")).hasSizeGreaterThan(2);
    // the Google programme teaches Tableau; Python, SQL and Statistics courses only have "data"
    assertThat(ids("data tableau")).containsExactlyInAnyOrder("course:tableau", "prog:data-analytics");
  }

  @Test
  void wordsMayComeFromDifferentFields() {
    assertThat(ids("udemy linux")).containsExactly("course:linux");
  }

  @Test
  void aWordNoCredentialHoldsLeavesNothing() {
    assertThat(ids("tableau welding")).isEmpty();
  }

  @Test
  void aSynonymStandsForItsWord() {
    assertThat(ids("k8s administrator")).containsExactly("cert:cka");
    assertThat(ids("structured query language basics")).containsExactly("course:sql-basics");
  }

  @Test
  void aMistypedWordStandsForTheClosestIndexedWord() {
    assertThat(ids("kubernets administrator")).containsExactly("cert:cka");
  }

  @Test
  void anotherSortOrderFindsTheSameCredentialsInItsOwnOrder() {
    List<String> byRelevance = search.search(CredentialQuery.text("data").page(0, 100).build()).hits().stream()
        .map(CredentialHit::id).toList();
    List<CredentialHit> byCost = search.search(CredentialQuery.text("data").sort(SortOrder.COST).page(0, 100).build()).hits();
    assertThat(byCost).isNotEmpty().extracting(CredentialHit::id).containsExactlyInAnyOrderElementsOf(byRelevance);
    assertThat(byCost).extracting(CredentialHit::cost).isSorted();
  }
}
