package io.credpath.search;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns untrusted text into a scored multi-field query without any query parser: the text is bounded, analyzed
 * with synonyms, and each field's terms become SHOULD clauses, so no character has syntax meaning.
 */
final class QueryText {
  private final Analyzer analyzer;

  QueryText(Optional<SynonymMap> synonyms) {
    this.analyzer = CatalogAnalyzers.text(synonyms);
  }

  /** The query for {@code raw} over the fields with their boosts; empty when the text has no searchable words. */
  Optional<Query> over(String raw, Map<String, Float> fieldBoosts) {
    String text = UserText.clean(raw);
    if (text.isEmpty()) return Optional.empty();
    QueryBuilder qb = new QueryBuilder(analyzer);
    qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Map.Entry<String, Float> f : fieldBoosts.entrySet()) {
      Query q = qb.createBooleanQuery(f.getKey(), text, Occur.SHOULD);
      if (q != null) {
        b.add(new BoostQuery(q, f.getValue()), Occur.SHOULD);
        any = true;
      }
    }
    return any ? Optional.of(b.build()) : Optional.empty();
  }
}
