package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Skill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The query-time synonym map: every skill alias and its canonical name match each other, and the taxonomy's
 * abbreviations ({@code taxonomy/search-abbreviations.jsonl}) expand one way ("rn" finds "registered nurse").
 */
final class TaxonomySynonyms {
  private TaxonomySynonyms() {}

  /**
   * The synonym map for {@code catalog}'s skill aliases plus its abbreviations, their words taken from
   * {@code analyzers}; empty when there is nothing to map.
   */
  static Optional<SynonymMap> of(Catalog catalog, CatalogAnalyzers analyzers) {
    Analyzer unstemmed = analyzers.unstemmed();
    // each name and alias is analysed once, though it takes part in a pair in each direction
    Map<String, List<String>> words = new HashMap<>();
    Function<String, List<String>> analysed = text -> words.computeIfAbsent(text, t -> CatalogAnalyzers.terms(unstemmed, t));
    SynonymMap.Builder b = new SynonymMap.Builder(true);
    int added = 0;
    for (Skill s : catalog.skills()) {
      List<String> name = analysed.apply(s.name());
      for (String alias : s.aliases()) {
        List<String> a = analysed.apply(alias);
        added += add(b, a, name) + add(b, name, a);
      }
    }
    for (Map.Entry<String, List<String>> e : catalog.searchWords().abbreviations().entrySet()) {
      for (String expansion : e.getValue()) added += add(b, analysed.apply(e.getKey()), analysed.apply(expansion));
    }
    if (added == 0) return Optional.empty();
    try {
      return Optional.of(b.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds input → output as analyzed words; the synonym filter runs before stemming, so the words are taken
   * from the unstemmed chain. Skips phrases that analyze to nothing or to each other.
   */
  private static int add(SynonymMap.Builder b, List<String> in, List<String> out) {
    if (in.isEmpty() || out.isEmpty() || in.equals(out) || in.size() > 6 || out.size() > 6) return 0;
    b.add(join(in), join(out), true);
    return 1;
  }

  private static CharsRef join(List<String> words) {
    return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
  }
}
