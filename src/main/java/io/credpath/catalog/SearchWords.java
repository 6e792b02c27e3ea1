package io.credpath.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists search reads with the taxonomy ({@code taxonomy/search-*.jsonl}): abbreviations career changers
 * type and what each stands for ("rn": "registered nurse"), the stop words left out of every indexed and searched
 * text, and the filler words that describe proficiency ("basic", "years") and are never matched to a skill by spelling.
 */
public record SearchWords(Map<String, List<String>> abbreviations, Set<String> stopWords, Set<String> fillerWords) {
  public SearchWords {
    Map<String, List<String>> copy = new LinkedHashMap<>(); // in file order, so what is built from it is built alike
    abbreviations.forEach((abbreviation, expansions) -> {
      if (expansions.isEmpty()) throw new IllegalArgumentException("abbreviation has no expansion: " + abbreviation);
      copy.put(abbreviation, List.copyOf(expansions));
    });
    abbreviations = Collections.unmodifiableMap(copy);
    stopWords = Set.copyOf(stopWords);
    fillerWords = Set.copyOf(fillerWords);
  }

  /** No abbreviations, stop words or filler words: for a catalogue built by hand that is never searched. */
  public static SearchWords none() {
    return new SearchWords(Map.of(), Set.of(), Set.of());
  }

  /** What {@code abbreviation} (lower case, as in the file) stands for; empty when it is not one. */
  public List<String> expansionsOf(String abbreviation) {
    return abbreviations.getOrDefault(abbreviation, List.of());
  }
}
