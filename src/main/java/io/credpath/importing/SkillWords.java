package io.credpath.importing;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists {@link SkillMapper} reads skill strings and titles with ({@code taxonomy/curated/skill-*.jsonl}):
 * leading words ({@code prefixes}) and trailing words ({@code suffixes}) dropped from a skill string ("Introduction to
 * Statistics", "Python Programming"), makers' names dropped before a technology ("Microsoft Excel"), single title words
 * too ambiguous to name a skill alone ("Go", "Spring"), and words a run of title words naming a skill never begins or
 * ends with ("Learn", "for"). Each word is written as the mapper compares it: lower case, no punctuation.
 *
 * @param prefixes in file order, which is the order they are dropped in
 * @param suffixes in file order, which is the order the shorter strings are tried in
 * @param vendors in file order
 */
record SkillWords(List<String> prefixes, List<String> suffixes, List<String> vendors, Set<String> ambiguousTitleWords,
    Set<String> titleStopWords) {
  static final String PREFIXES = "skill-prefixes.jsonl";
  static final String SUFFIXES = "skill-suffixes.jsonl";
  static final String VENDORS = "skill-vendors.jsonl";
  static final String AMBIGUOUS = "skill-title-ambiguous-words.jsonl";
  static final String STOP_WORDS = "skill-title-stop-words.jsonl";

  SkillWords {
    prefixes = List.copyOf(prefixes);
    suffixes = List.copyOf(suffixes);
    vendors = List.copyOf(vendors);
    ambiguousTitleWords = Set.copyOf(ambiguousTitleWords);
    titleStopWords = Set.copyOf(titleStopWords);
  }

  /** Reads and checks the five lists. */
  static SkillWords read(CuratedTables tables) {
    return new SkillWords(words(tables, PREFIXES, "prefix", false), words(tables, SUFFIXES, "suffix", false),
        words(tables, VENDORS, "vendor", false), new LinkedHashSet<>(words(tables, AMBIGUOUS, "word", true)),
        new LinkedHashSet<>(words(tables, STOP_WORDS, "word", true)));
  }

  private static List<String> words(CuratedTables tables, String file, String field, boolean oneWord) {
    Map<String, String> seen = new HashMap<>();
    return tables.requiredRows(file, (n, at) -> {
      String word = CuratedTables.text(n, field, at);
      if (!word.equals(SkillMapper.key(word))) {
        throw new IllegalStateException(at + ": " + field + " must be written as the mapper compares it (lower case, letters, digits, "
            + "+ and # only, single spaces): \"" + word + "\" reads as \"" + SkillMapper.key(word) + "\"");
      }
      if (oneWord && word.contains(" ")) throw new IllegalStateException(at + ": " + field + " must be one word, got \"" + word + "\"");
      CuratedTables.once(seen, word, field, at);
      return word;
    });
  }
}
