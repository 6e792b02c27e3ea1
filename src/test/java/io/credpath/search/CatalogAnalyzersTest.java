package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogAnalyzersTest {
  @Test
  void aTrailingPlusIsSpelledOutOnceForTheWholeWord() {
    assertThat(CatalogAnalyzers.terms(CatalogAnalyzers.unstemmed(), "CompTIA Security+, A+ and C++"))
        .containsExactly("comptia", "security", "plus", "securityplus", "plus", "aplus", "c", "plus", "cplus");
  }

  @Test
  void aPlusInsideAWordOrBeforeAWordIsLeftAlone() {
    assertThat(CatalogAnalyzers.terms(CatalogAnalyzers.unstemmed(), "1+1 data+ai +python"))
        .containsExactly("1", "1", "data", "ai", "python");
  }
}
