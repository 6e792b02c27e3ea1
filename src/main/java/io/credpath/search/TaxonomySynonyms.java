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
 * The query-time synonym map: every skill alias and its canonical name match each other, and a small
 * hand-written table expands common abbreviations one way ("rn" finds "registered nurse").
 */
final class TaxonomySynonyms {
  /** Abbreviations seen in career-changer queries that the taxonomy's aliases may not carry. */
  static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
      Map.entry("rn", List.of("registered nurse")),
      Map.entry("lpn", List.of("licensed practical nurse")),
      Map.entry("cna", List.of("certified nursing assistant")),
      Map.entry("emt", List.of("emergency medical technician")),
      Map.entry("cpa", List.of("certified public accountant")),
      Map.entry("pmp", List.of("project management professional")),
      Map.entry("k8s", List.of("kubernetes")),
      Map.entry("js", List.of("javascript")),
      Map.entry("aws", List.of("amazon web services")),
      Map.entry("gcp", List.of("google cloud")),
      Map.entry("ml", List.of("machine learning")),
      Map.entry("ai", List.of("artificial intelligence")),
      Map.entry("bi", List.of("business intelligence")),
      Map.entry("hr", List.of("human resources")),
      Map.entry("ux", List.of("user experience")),
      Map.entry("ui", List.of("user interface")),
      Map.entry("qa", List.of("quality assurance")),
      Map.entry("db", List.of("database")),
      Map.entry("cert", List.of("certificate", "certification")),
      Map.entry("certs", List.of("certificate", "certification")),
      Map.entry("dev", List.of("developer")),
      Map.entry("admin", List.of("administrator")),
      Map.entry("mgr", List.of("manager")),
      Map.entry("hvac", List.of("heating ventilation air conditioning")),
      Map.entry("sec+", List.of("security+")),
      Map.entry("net+", List.of("network+")));

  private TaxonomySynonyms() {}

  /** The synonym map for {@code catalog}'s skill aliases plus the abbreviation table; empty when there is nothing to map. */
  static Optional<SynonymMap> of(Catalog catalog) {
    Analyzer unstemmed = CatalogAnalyzers.unstemmed();
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
    for (Map.Entry<String, List<String>> e : ABBREVIATIONS.entrySet()) {
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
