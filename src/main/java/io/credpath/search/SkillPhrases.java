package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Skill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every skill name and alias as its analyzed word sequence, for exact phrase lookup in free text. When two
 * skills share a phrase the first canonical name wins over any alias, so a name is never shadowed.
 */
final class SkillPhrases {
  /** One way of writing a skill. */
  record Phrase(String skill, String name, List<String> words, boolean canonical) {}

  private final Map<List<String>, Phrase> byWords;
  private final Map<String, List<Phrase>> bySkill;
  private final int longest;

  private SkillPhrases(Map<List<String>, Phrase> byWords, Map<String, List<Phrase>> bySkill, int longest) {
    this.byWords = byWords;
    this.bySkill = bySkill;
    this.longest = longest;
  }

  /** The phrases of {@code catalog}'s skills, analyzed with {@code analyzer}, the full-text chain. */
  static SkillPhrases of(Catalog catalog, Analyzer analyzer) {
    Map<List<String>, Phrase> byWords = new HashMap<>();
    Map<String, List<Phrase>> bySkill = new HashMap<>();
    int longest = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (Skill s : catalog.skills()) {
        List<String> texts = pass == 0 ? List.of(s.name()) : s.aliases();
        for (String text : texts) {
          List<String> words = List.copyOf(CatalogAnalyzers.terms(analyzer, text));
          if (words.isEmpty()) continue;
          Phrase p = new Phrase(s.id(), s.name(), words, pass == 0);
          byWords.putIfAbsent(words, p);
          bySkill.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(p);
          longest = Math.max(longest, words.size());
        }
      }
    }
    return new SkillPhrases(byWords, bySkill, longest);
  }

  /** The phrase written exactly as {@code words}, if any. */
  Optional<Phrase> exactly(List<String> words) {
    return Optional.ofNullable(byWords.get(words));
  }

  /** All phrases of one skill. */
  List<Phrase> of(String skill) {
    return bySkill.getOrDefault(skill, List.of());
  }

  /** The most words any phrase has. */
  int longest() {
    return longest;
  }
}
