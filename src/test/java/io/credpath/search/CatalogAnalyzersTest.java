package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogAnalyzersTest {
  private final CatalogAnalyzers shipped = new CatalogAnalyzers(Fixtures.SEARCH_WORDS.stopWords());
  @Test
  void aTrailingPlusIsSpelledOutOnceForTheWholeWord() {
    assertThat(CatalogAnalyzers.terms(shipped.unstemmed(), "CompTIA Security+, A+ and C++"))
        .containsExactly("comptia", "security", "plus", "securityplus", "plus", "aplus", "c", "plus", "cplus");
  }

  @Test
  void aPlusInsideAWordOrBeforeAWordIsLeftAlone() {
    assertThat(CatalogAnalyzers.terms(shipped.unstemmed(), "1+1 data+ai +python"))
        .containsExactly("1", "1", "data", "ai", "python");
  }

  @Test
  void leavesOutTheStopWordsItIsGivenAndNoOthers() {
    assertThat(CatalogAnalyzers.terms(shipped.text(java.util.Optional.empty()), "The basics of IT support"))
        .containsExactly("basic", "it", "support");
    assertThat(CatalogAnalyzers.terms(new CatalogAnalyzers(Set.of("support")).text(java.util.Optional.empty()),
        "The basics of IT support")).containsExactly("the", "basic", "of", "it");
  }
}
