package io.credpath.importing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Test vocabularies built from the shipped curated skills table ({@code taxonomy/curated/skills.jsonl}), and the other shipped tables. */
final class Vocabularies {
  static final CuratedTables TABLES = new CuratedTables(Path.of("taxonomy/curated"));
  static final ImportSettings SETTINGS = new ImportSettings(TABLES);
  static final SkillWords WORDS = SkillWords.read(TABLES);
  static final LanguageWords LANGUAGES = LanguageWords.read(TABLES);
  static final CourseraEstimates COURSERA = new CourseraEstimates(TABLES, SETTINGS.courseraPrices());

  private Vocabularies() {}

  /** A vocabulary holding the canonical skills, and its normalised names and aliases (the one-word title keys). */
  record Canonical(SkillVocabulary vocabulary, Set<String> keys) {
    SkillMapper mapper() {
      return new SkillMapper(vocabulary, key -> Optional.empty(), keys, WORDS);
    }
  }

  static Canonical canonical() {
    SkillVocabulary vocabulary = new SkillVocabulary();
    Set<String> keys = TaxonomyImport.addCanonicalSkills(vocabulary, TABLES.skills());
    return new Canonical(vocabulary, keys);
  }
}
