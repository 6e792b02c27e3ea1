package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** The per-field clauses QueryText builds from one analysis are the queries Lucene's QueryBuilder makes per field. */
class QueryTextTest {
  private static final List<String> TEXTS = List.of("data analysis", "the data of analysis", "python", "CompTIA Security+",
      "a+", "C++ and Java", "I know Excel, SQL and a bit of Python", "\"quoted\" AND (brackets) OR NOT", "été café naïve",
      "to be or not", "データ分析", "x", "AWS Certified Solutions Architect - Associate (SAA-C03)");

  @Test
  void oneAnalysisGivesTheSameQueriesAsAnalysingPerField() {
    Analyzer plain = new CatalogAnalyzers(io.credpath.Fixtures.SEARCH_WORDS.stopWords()).text(Optional.empty());
    QueryBuilder builder = new QueryBuilder(plain);
    for (String text : TEXTS) {
      List<CatalogAnalyzers.Token> tokens = CatalogAnalyzers.tokens(plain, text);
      for (String field : List.of(CatalogDocuments.NAME, CatalogDocuments.DESCRIPTION)) {
        assertThat(QueryText.anyWord(field, tokens)).as(text).isEqualTo(builder.createBooleanQuery(field, text));
        assertThat(QueryText.phrase(field, tokens)).as(text).isEqualTo(builder.createPhraseQuery(field, text));
      }
    }
  }
}
