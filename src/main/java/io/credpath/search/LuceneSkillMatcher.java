package io.credpath.search;

import io.credpath.planner.SkillMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Finds canonical skills in free text: exact name phrases score 1.0, exact aliases 0.9 (longest phrase first),
 * and words left over are matched fuzzily against skill names and aliases at up to 0.75 times their similarity,
 * except the taxonomy's filler words ({@code taxonomy/search-filler-words.jsonl}: "basic", "years"), which describe
 * proficiency rather than name a skill.
 */
public final class LuceneSkillMatcher implements SkillMatcher {
  static final double NAME = 1.0;
  static final double ALIAS = 0.9;
  static final double FUZZY = 0.75;

  private final CatalogIndex index;

  public LuceneSkillMatcher(CatalogIndex index) {
    this.index = index;
  }

  private record Token(String word, int start, int end) {}

  @Override
  public List<SkillMatch> match(String text) {
    String clean = UserText.clean(text);
    return index.withSearcher((searcher, generation) -> {
      List<Token> tokens = tokens(generation.plain(), clean);
      SkillPhrases phrases = generation.phrases();
      Map<String, SkillMatch> best = new LinkedHashMap<>();
      List<Integer> leftover = new ArrayList<>();
      for (int i = 0; i < tokens.size(); ) {
        int used = 0;
        for (int len = Math.min(phrases.longest(), tokens.size() - i); len >= 1 && used == 0; len--) {
          Optional<SkillPhrases.Phrase> p = phrases.exactly(words(tokens, i, len));
          if (p.isPresent()) {
            keep(best, p.get(), p.get().canonical() ? NAME : ALIAS, clean, tokens, i, len);
            used = len;
          }
        }
        if (used == 0) leftover.add(i);
        i += Math.max(used, 1);
      }
      for (int i : leftover) {
        String w = tokens.get(i).word();
        if (w.length() < 4 || generation.filler().contains(w)) continue;
        BooleanQuery q = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.SKILL)), Occur.FILTER)
            .add(new FuzzyQuery(new Term(CatalogDocuments.NAME, w), edits(w), 1), Occur.SHOULD)
            .add(new FuzzyQuery(new Term(CatalogDocuments.ALT, w), edits(w), 1), Occur.SHOULD)
            .build();
        for (ScoreDoc sd : searcher.search(q, 5).scoreDocs) {
          String skill = searcher.record(sd.doc).id();
          for (SkillPhrases.Phrase p : phrases.of(skill)) fuzzyAt(best, p, clean, tokens, i);
        }
      }
      List<SkillMatch> out = new ArrayList<>(best.values());
      out.sort(Comparator.comparingDouble(SkillMatch::confidence).reversed());
      return out;
    });
  }

  /** Tries {@code p} at every window over {@code tokens} that covers position {@code at}, each word exact or within edit distance. */
  private void fuzzyAt(Map<String, SkillMatch> best, SkillPhrases.Phrase p, String text, List<Token> tokens, int at) {
    LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
    int n = p.words().size();
    for (int start = Math.max(0, at - n + 1); start <= at && start + n <= tokens.size(); start++) {
      double sum = 0;
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        String want = p.words().get(k);
        String got = tokens.get(start + k).word();
        float sim = want.equals(got) ? 1f : distance.getDistance(want, got);
        ok = want.equals(got) || (got.length() >= 4 && Math.round((1 - sim) * Math.max(want.length(), got.length())) <= edits(got));
        sum += sim;
      }
      if (ok) keep(best, p, FUZZY * sum / n, text, tokens, start, n);
    }
  }

  /** {@code words} as the words {@code plain} makes of them, as the leftover words they are compared with ("years" is "year"). */
  static Set<String> filler(Analyzer plain, Collection<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.addAll(CatalogAnalyzers.terms(plain, w)));
    return Set.copyOf(out);
  }

  static int edits(String w) {
    return w.length() < 4 ? 0 : w.length() < 8 ? 1 : 2;
  }

  private static void keep(Map<String, SkillMatch> best, SkillPhrases.Phrase p, double confidence, String text,
      List<Token> tokens, int start, int len) {
    String matched = text.substring(tokens.get(start).start(), tokens.get(start + len - 1).end());
    SkillMatch m = new SkillMatch(p.skill(), p.name(), Math.min(1.0, confidence), matched);
    best.merge(p.skill(), m, (a, b) -> b.confidence() > a.confidence() ? b : a);
  }

  private static List<String> words(List<Token> tokens, int from, int len) {
    List<String> w = new ArrayList<>(len);
    for (int i = from; i < from + len; i++) w.add(tokens.get(i).word());
    return w;
  }

  private static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
