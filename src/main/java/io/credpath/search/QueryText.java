package io.credpath.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns untrusted text into a scored multi-field query without any query parser: the text is bounded and analyzed,
 * and each field's terms become SHOULD clauses, so no character has syntax meaning. The words as typed count fully;
 * synonym expansions count at {@value #SYNONYMS} (an alias like "Google" for "search engines" must not outrank the
 * words themselves, and a skill with eight aliases must not score eight times); a word the index has never seen is
 * matched within one or two edits; the whole text as a phrase in a title, and above all as exactly a title, an
 * alternate title, an alias or a credential's code ("CKA"), adds a fixed bonus. The exact bonus also goes to the
 * text with its unknown words spelled as the closest indexed word ("data analist" is "data analyst"), and to a
 * curated abbreviation's expansion ("ML" is exactly "machine learning", not only the ML language's alias).
 */
final class QueryText {
  static final float SYNONYMS = 0.5f;
  /**
   * Fields whose matches are worth expanding with synonyms (names); expanding skills, provider, type and
   * description too multiplied the phrase queries of multi-word aliases (the catch-all filter still accepts a
   * synonym for every word) for no gain on the golden queries.
   */
  private static final java.util.Set<String> SYNONYM_FIELDS =
      java.util.Set.of(CatalogDocuments.NAME, CatalogDocuments.ALT);
  static final float TYPOS = 0.6f;
  static final float PHRASE = 10f;
  static final float EXACT = 25f;
  /** Few expansions per mistyped word: the closest terms are enough, and each one costs a posting-list walk. */
  static final int TYPO_EXPANSIONS = 8;

  private final Analyzer plain;
  private final Optional<QueryBuilder> expanded;
  private final Optional<Analyzer> synonymChain;
  private final Map<String, List<String>> abbreviations = new HashMap<>();
  private final DirectSpellChecker speller = new DirectSpellChecker();

  /**
   * Queries analysed with {@code analyzers}, expanded with {@code synonyms}, and giving the exact bonus to what each
   * of {@code abbreviations} stands for.
   */
  QueryText(CatalogAnalyzers analyzers, Optional<SynonymMap> synonyms, Map<String, List<String>> abbreviations) {
    this.plain = analyzers.text(Optional.empty());
    this.synonymChain = synonyms.map(s -> analyzers.text(Optional.of(s)));
    this.expanded = synonymChain.map(MaxOfSynonyms::new);
    abbreviations.forEach((abbreviation, expansions) -> this.abbreviations.put(
        CatalogAnalyzers.exactKey(plain, abbreviation),
        expansions.stream().map(e -> CatalogAnalyzers.exactKey(plain, e)).toList()));
  }

  /**
   * The query for {@code raw} over the fields with their boosts, with typo matching for words absent from
   * {@code reader}; empty when the text has no searchable words.
   */
  Optional<Query> over(String raw, Map<String, Float> fieldBoosts, IndexReader reader) throws IOException {
    return over(raw, fieldBoosts, Optional.empty(), reader);
  }

  /**
   * As {@link #over(String, Map, IndexReader)}, but when {@code everyWordIn} names a catch-all field, a text of
   * several words matches only records holding every word there (see {@link EveryWord}) or an exact title or
   * code; the per-field clauses still do all the scoring.
   */
  Optional<Query> over(String raw, Map<String, Float> fieldBoosts, Optional<String> everyWordIn, IndexReader reader)
      throws IOException {
    String text = UserText.clean(raw);
    if (text.isEmpty()) return Optional.empty();
    // The plain chain is the same for every field and never stacks tokens, so one analysis serves all of them.
    List<CatalogAnalyzers.Token> tokens = CatalogAnalyzers.tokens(plain, text);
    List<String> terms = tokens.stream().map(CatalogAnalyzers.Token::term).toList();
    // most texts have no synonym at all: then the expanded query would only score every match a second time
    boolean expands = synonymChain.isPresent() && !CatalogAnalyzers.terms(synonymChain.get(), text).equals(terms);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Map.Entry<String, Float> f : fieldBoosts.entrySet()) {
      Query q = anyWord(f.getKey(), tokens);
      if (q == null) continue;
      any = true;
      b.add(new BoostQuery(q, f.getValue()), Occur.SHOULD);
      if (expands && SYNONYM_FIELDS.contains(f.getKey())) {
        Query syn = expanded.get().createBooleanQuery(f.getKey(), text, Occur.SHOULD);
        if (syn != null) b.add(new BoostQuery(syn, f.getValue() * SYNONYMS), Occur.SHOULD);
      }
    }
    if (!any) return Optional.empty();
    List<String> corrected = typos(b, terms, fieldBoosts, reader);
    if (terms.size() > 1) {
      for (String field : List.of(CatalogDocuments.NAME, CatalogDocuments.ALT)) {
        Query phrase = fieldBoosts.containsKey(field) ? phrase(field, tokens) : null;
        if (phrase != null) b.add(constant(phrase, PHRASE), Occur.SHOULD);
      }
    }
    if (everyWordIn.isPresent() && terms.size() > 1) {
      Query every = new EveryWord(synonymChain.orElse(plain), reader, terms).over(everyWordIn.get(), text);
      if (every != null) b = new BooleanQuery.Builder().add(new BooleanQuery.Builder()
          .add(b.build(), Occur.MUST).add(every, Occur.FILTER).build(), Occur.SHOULD);
    }
    String key = String.join(" ", terms);
    List<String> exactly = new ArrayList<>(List.of(key));
    if (!corrected.equals(terms)) exactly.add(String.join(" ", corrected));
    exactly.addAll(abbreviations.getOrDefault(key, List.of()));
    for (String k : exactly) b.add(constant(new TermQuery(new Term(CatalogDocuments.EXACT, k)), EXACT), Occur.SHOULD);
    return Optional.of(b.build());
  }

  /** Adds fuzzy clauses for each word no field holds; returns the words with each such one spelled as the closest indexed word. */
  private List<String> typos(BooleanQuery.Builder b, List<String> terms, Map<String, Float> fieldBoosts, IndexReader reader)
      throws IOException {
    List<String> corrected = new ArrayList<>(terms);
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i);
      int edits = LuceneSkillMatcher.edits(w);
      if (edits == 0 || known(w, fieldBoosts, reader)) continue;
      for (Map.Entry<String, Float> f : fieldBoosts.entrySet()) {
        Query fuzzy = new FuzzyQuery(new Term(f.getKey(), w), edits, 1, TYPO_EXPANSIONS, true);
        b.add(new BoostQuery(fuzzy, f.getValue() * TYPOS), Occur.SHOULD);
      }
      corrected.set(i, closest(w, fieldBoosts, reader).orElse(w));
    }
    return corrected;
  }

  /** The most frequent indexed word within two edits of {@code w} in a title field, if any. */
  private Optional<String> closest(String w, Map<String, Float> fieldBoosts, IndexReader reader) throws IOException {
    for (String field : List.of(CatalogDocuments.NAME, CatalogDocuments.ALT)) {
      if (!fieldBoosts.containsKey(field)) continue;
      SuggestWord[] best = speller.suggestSimilar(new Term(field, w), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (best.length > 0) return Optional.of(best[0].string);
    }
    return Optional.empty();
  }

  private static boolean known(String w, Map<String, Float> fieldBoosts, IndexReader reader) throws IOException {
    for (String field : fieldBoosts.keySet()) {
      if (reader.docFreq(new Term(field, w)) > 0) return true;
    }
    return false;
  }

  /** What {@code QueryBuilder.createBooleanQuery(field, text, SHOULD)} makes of the plain chain's tokens: any word, scored. */
  static Query anyWord(String field, List<CatalogAnalyzers.Token> tokens) {
    if (tokens.isEmpty()) return null;
    if (tokens.size() == 1) return new TermQuery(new Term(field, tokens.get(0).term()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (CatalogAnalyzers.Token t : tokens) b.add(new TermQuery(new Term(field, t.term())), Occur.SHOULD);
    return b.build();
  }

  /** What {@code QueryBuilder.createPhraseQuery(field, text)} makes of them: the words in order, at their positions. */
  static Query phrase(String field, List<CatalogAnalyzers.Token> tokens) {
    if (tokens.isEmpty()) return null;
    if (tokens.size() == 1) return new TermQuery(new Term(field, tokens.get(0).term()));
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (CatalogAnalyzers.Token t : tokens) b.add(new Term(field, t.term()), t.position());
    return b.build();
  }

  private static Query constant(Query q, float points) {
    return new BoostQuery(new ConstantScoreQuery(q), points);
  }

  /** Alternative synonym paths score as their best one rather than their sum. */
  private static final class MaxOfSynonyms extends QueryBuilder {
    MaxOfSynonyms(Analyzer analyzer) {
      super(analyzer);
      setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query newGraphSynonymQuery(Iterator<Query> queries) {
      List<Query> paths = new ArrayList<>();
      queries.forEachRemaining(paths::add);
      if (paths.size() == 1) return paths.get(0);
      return paths.isEmpty() ? new BooleanQuery.Builder().build() : new DisjunctionMaxQuery(paths, 0f);
    }
  }
}
