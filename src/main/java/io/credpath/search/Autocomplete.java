package io.credpath.search;

import io.credpath.catalog.CatalogScope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Typo-tolerant autocomplete over occupations, skills and credentials. Each typed word must match a word of a
 * label (title, alternate title, name or alias) as a whole word (best), a prefix, or a fuzzy prefix within one
 * edit (two from 9 letters); a word of the shown name counts more than one of an alternate, and several words
 * typed together count more where they stand together in a label; ties go to what the catalogue refers to (a skill
 * no credential teaches and no occupation requires comes last), then to the shorter label. Typo matches
 * only fill a list the words as typed leave short, nearer spellings first. Built on an edge n-gram field rather
 * than a suggester FST so that words match anywhere in a label ("analist" finds "Business Intelligence Analysts").
 */
public final class Autocomplete {
  static final int MAX_LIMIT = 50;
  static final int MAX_WORDS = 6;
  static final int MAX_PREFIX = 100;
  /** Terms a fuzzy prefix may expand to, per field: enough for the near spellings, bounded for latency. */
  static final int FUZZY_EXPANSIONS = 50;
  /** Analyzers are thread-safe and keep their token streams per thread: one serves every request. */
  private static final Analyzer WORDS = CatalogAnalyzers.words();

  private final CatalogIndex index;

  public Autocomplete(CatalogIndex index) {
    this.index = index;
  }

  /** Up to {@code limit} (1..50) suggestions for {@code prefix}, best first. */
  public List<Completion> suggest(String prefix, int limit) {
    return suggest(prefix, limit, CatalogScope.everything());
  }

  /** As {@link #suggest(String, int)}, showing only the credentials {@code scope} allows. */
  public List<Completion> suggest(String prefix, int limit, CatalogScope scope) {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    String text = prefix == null ? "" : UserText.clean(prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix);
    List<String> words = CatalogAnalyzers.terms(WORDS, text.toLowerCase(Locale.ROOT));
    if (words.isEmpty()) return List.of();
    List<String> typed = words.subList(0, Math.min(words.size(), MAX_WORDS));
    int mostEdits = typed.stream().mapToInt(Autocomplete::edits).max().orElse(0);
    return index.withSearcher((searcher, generation) -> {
      List<List<String>> spelledOut = spelledOut(typed, searcher, generation);
      // Typo tolerance fills the list only where the words as typed leave it short, one edit before two. For one
      // word this changes nothing (a typo match scores below any match of the word as typed); for several it
      // keeps "data an" from ranking a typo of one word above plain matches of both. Each step costs less than
      // the next: the two-edit automaton for a 9-letter word takes ~0.5 ms to build per field, one edit ~0.06 ms.
      List<Completion> all = List.of();
      for (int edits = 0; edits <= mostEdits && all.size() < limit; edits++) {
        all = run(searcher, withSpelledOut(query(typed, Occur.MUST, edits, scope), spelledOut, scope), limit);
      }
      if (all.isEmpty() && typed.size() > 1) all = run(searcher, query(typed, Occur.SHOULD, mostEdits, scope), limit);
      return all;
    });
  }

  /**
   * The words of what a typed abbreviation stands for ("rn": registered nurse, "k8s": kubernetes), when no occupation
   * or skill has it as a word of its shown name: "aws" names the skill AWS itself and stays as typed, while "rn" would
   * otherwise find "RNA" or a licence exam with "RN" in its title before Registered Nurses.
   */
  private static List<List<String>> spelledOut(List<String> typed, FacetedSearcher searcher, CatalogIndex.Generation generation)
      throws IOException {
    if (typed.size() != 1) return List.of();
    List<String> expansions = generation.catalog().searchWords().expansionsOf(typed.get(0));
    if (expansions.isEmpty()) return List.of();
    Query named = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CatalogDocuments.SUGGEST_WORD, typed.get(0))), Occur.FILTER)
        .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.CREDENTIAL)), Occur.MUST_NOT).build();
    if (searcher.count(named) > 0) return List.of();
    return expansions.stream().map(e -> CatalogAnalyzers.terms(WORDS, e)).toList();
  }

  /** {@code typed}, or any of the spelled-out forms matched as typed words (no typos: they are spelled right). */
  private static Query withSpelledOut(Query typed, List<List<String>> spelledOut, CatalogScope scope) {
    if (spelledOut.isEmpty()) return typed;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
    for (List<String> words : spelledOut) b.add(query(words, Occur.MUST, 0, scope), Occur.SHOULD);
    return b.build();
  }

  private static Query query(List<String> words, Occur occur, int maxEdits, CatalogScope scope) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) b.add(word(w, maxEdits), occur);
    if (words.size() > 1) b.add(together(words), Occur.SHOULD);
    if (occur == Occur.SHOULD) b.setMinimumNumberShouldMatch(1);
    b.add(visible(scope), Occur.FILTER);
    return b.build();
  }

  /** Points for how a typed word matches a label: the shown name beats alternates, whole words beat prefixes beat typos. */
  private static Query word(String w, int maxEdits) {
    List<Query> ways = new ArrayList<>();
    ways.add(scored(wholeWord(CatalogDocuments.SUGGEST_WORD, w), 6));
    ways.add(scored(new TermQuery(new Term(CatalogDocuments.SUGGEST_EDGE, w)), 4));
    ways.add(scored(wholeWord(CatalogDocuments.SUGGEST_ALT_WORD, w), 3));
    ways.add(scored(new TermQuery(new Term(CatalogDocuments.SUGGEST_ALT_EDGE, w)), 2));
    int edits = Math.min(edits(w), maxEdits);
    int prefix = edits == 2 ? 2 : 1; // a fixed two-letter start keeps the two-edit automaton walk cheap
    if (edits > 0) {
      ways.add(scored(new FuzzyQuery(new Term(CatalogDocuments.SUGGEST_EDGE, w), edits, prefix, FUZZY_EXPANSIONS, true), 1.5f));
      ways.add(scored(new FuzzyQuery(new Term(CatalogDocuments.SUGGEST_ALT_EDGE, w), edits, prefix, FUZZY_EXPANSIONS, true), 0.5f));
    }
    return new DisjunctionMaxQuery(ways, 0f);
  }

  /** The word as typed or with a plural ending, so "nurse" is a whole word of "Registered Nurses". */
  private static Query wholeWord(String field, String w) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, w)), Occur.SHOULD)
        .add(new TermQuery(new Term(field, w + "s")), Occur.SHOULD)
        .add(new TermQuery(new Term(field, w + "es")), Occur.SHOULD)
        .build();
  }

  /**
   * One edit from 3 letters, two only from 9: a transposed 8-letter word ("secruity") is one edit from the word
   * meant and two from many others ("securities"). Typos are only tried when the words as typed leave the list
   * short, so "exc" still lists Excel, while "data anl" reaches Data Analysis.
   */
  static int edits(String w) {
    return w.length() < 3 ? 0 : w.length() < 9 ? 1 : 2;
  }

  /** Several typed words standing together at the start of a word of the name (most) or of an alternate. */
  private static Query together(List<String> words) {
    String typed = String.join(" ", words);
    return new DisjunctionMaxQuery(List.of(
        scored(new PrefixQuery(new Term(CatalogDocuments.SUGGEST_PHRASE, typed)), 10),
        scored(new PrefixQuery(new Term(CatalogDocuments.SUGGEST_ALT_PHRASE, typed)), 6)), 0f);
  }

  private static Query scored(Query q, float points) {
    return new BoostQuery(new ConstantScoreQuery(q), points);
  }

  /** Occupations, skills, and the credentials that are live and in {@code scope}. */
  private static Query visible(CatalogScope scope) {
    BooleanQuery.Builder credentials = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.CREDENTIAL)), Occur.FILTER)
        .add(new TermQuery(new Term(CatalogDocuments.RETIRED, "true")), Occur.MUST_NOT);
    CredentialFilters.scope(scope).ifPresent(s -> credentials.add(s, Occur.FILTER));
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.OCCUPATION)), Occur.SHOULD)
        .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.SKILL)), Occur.SHOULD)
        .add(credentials.build(), Occur.SHOULD)
        .build();
  }

  private static List<Completion> run(FacetedSearcher searcher, Query q, int limit) throws IOException {
    SortField unreferenced = new SortField(CatalogDocuments.UNREFERENCED, SortField.Type.LONG);
    unreferenced.setMissingValue(0L);
    Sort sort = new Sort(SortField.FIELD_SCORE, unreferenced, new SortField(CatalogDocuments.LABEL_LENGTH, SortField.Type.LONG),
        new SortField(CatalogDocuments.ORDER, SortField.Type.LONG));
    List<Completion> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(q, limit, sort).scoreDocs) {
      CatalogRecords.Entry record = searcher.record(sd.doc);
      out.add(new Completion(record.kind(), record.id(), record.label()));
    }
    return out;
  }
}
