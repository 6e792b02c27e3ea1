package io.credpath.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The matching half of a multi-word search: every analysed word must occur in the catch-all field, where a word
 * counts as present when the word itself, one of its synonym expansions (a multi-word expansion as all its words)
 * or, for a word the field has never seen, a spelling within one or two edits occurs. Built per query because the
 * typo test reads the current index; building is only a few field assignments.
 */
final class EveryWord extends QueryBuilder {
  private final IndexReader reader;
  private final Set<String> typed;

  /**
   * A builder over {@code analyzer} (the synonym-expanding query chain when there is one) that checks the
   * {@code typed} words against {@code reader}; words that only come from synonym expansion are never made fuzzy.
   */
  EveryWord(Analyzer analyzer, IndexReader reader, Collection<String> typed) {
    super(analyzer);
    this.reader = reader;
    this.typed = Set.copyOf(typed);
    setAutoGenerateMultiTermSynonymsPhraseQuery(false);
  }

  /** The filter for {@code text} over {@code field}: one MUST clause per word position; null when the text has no words. */
  Query over(String field, String text) {
    return createBooleanQuery(field, text, Occur.MUST);
  }

  @Override
  protected Query newTermQuery(Term term, float boost) {
    int edits = LuceneSkillMatcher.edits(term.text());
    if (edits == 0 || !typed.contains(term.text()) || known(term)) return super.newTermQuery(term, boost);
    return new FuzzyQuery(term, edits, 1, QueryText.TYPO_EXPANSIONS, true);
  }

  private boolean known(Term term) {
    try {
      return reader.docFreq(term) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
