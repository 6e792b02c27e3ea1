package io.credpath.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds occupations by title and alternate titles, and skills by name and aliases, with taxonomy synonyms and
 * abbreviations; a text that is exactly a title, alternate title or alias ranks that record first, words the index
 * has never seen are matched within one or two edits, and when nothing matches at all every word is.
 */
public final class TaxonomySearch {
  static final int MAX_LIMIT = 100;
  /** The canonical name counts more than any alternate. */
  static final Map<String, Float> BOOSTS = Map.of(CatalogDocuments.NAME, 3f, CatalogDocuments.ALT, 2f);

  private final CatalogIndex index;

  public TaxonomySearch(CatalogIndex index) {
    this.index = index;
  }

  /** Up to {@code limit} (1..100) occupations best matching {@code text}. */
  public List<TaxonomyHit> occupations(String text, int limit) {
    return find(CatalogDocuments.OCCUPATION, text, limit);
  }

  /** Up to {@code limit} (1..100) skills best matching {@code text}. */
  public List<TaxonomyHit> skills(String text, int limit) {
    return find(CatalogDocuments.SKILL, text, limit);
  }

  private List<TaxonomyHit> find(String kind, String text, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    return index.withSearcher((searcher, generation) -> {
      Optional<Query> exact = generation.text().over(text, BOOSTS, searcher.getIndexReader());
      if (exact.isEmpty()) return List.of();
      List<TaxonomyHit> hits = run(searcher, kind, exact.get(), limit);
      if (!hits.isEmpty()) return hits;
      Optional<Query> fuzzy = fuzzy(text, generation.plain());
      return fuzzy.isEmpty() ? hits : run(searcher, kind, fuzzy.get(), limit);
    });
  }

  private static Optional<Query> fuzzy(String text, Analyzer plain) {
    List<String> words = CatalogAnalyzers.terms(plain, UserText.clean(text));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (String w : words) {
      int edits = LuceneSkillMatcher.edits(w);
      if (edits == 0) continue;
      for (Map.Entry<String, Float> f : BOOSTS.entrySet()) {
        b.add(new BoostQuery(new FuzzyQuery(new Term(f.getKey(), w), edits, 1), f.getValue()), Occur.SHOULD);
        any = true;
      }
    }
    return any ? Optional.of(b.build()) : Optional.empty();
  }

  private static List<TaxonomyHit> run(FacetedSearcher searcher, String kind, Query scored, int limit) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(scored, Occur.MUST)
        .add(new TermQuery(new Term(CatalogDocuments.KIND, kind)), Occur.FILTER)
        .build();
    List<TaxonomyHit> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
      CatalogRecords.Entry record = searcher.record(sd.doc);
      out.add(new TaxonomyHit(record.id(), record.label(), sd.score));
    }
    return out;
  }
}
