package io.credpath.importing;

import static io.credpath.importing.ImportSettingsTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taxonomy/curated/language-*.jsonl}: what the shipped lists decide, and every bad row named by file and line. */
class LanguageWordsTest {
  @TempDir Path dir;

  private CuratedCopy curated;

  @BeforeEach
  void copyShipped() throws IOException {
    curated = CuratedCopy.of(dir, LanguageWords.NAMES, LanguageWords.ENGLISH, LanguageWords.EVIDENCE);
  }

  private String edit(String file, String from, String to) throws IOException {
    return curated.edit(file, from, to);
  }

  private LanguageWords read() {
    return LanguageWords.read(curated.tables());
  }

  @Test
  void theShippedListsTellATitlesLanguageByNameWordsAndLetters() {
    TitleLanguage language = new TitleLanguage(Vocabularies.LANGUAGES);
    assertThat(language.of("Python para todos (Español)")).isEqualTo("es");
    assertThat(language.of("Excel Grundlagen auf Deutsch")).isEqualTo("de");
    assertThat(language.of("Aprende a programar con Python")).as("two Spanish words, no English one").isEqualTo("es");
    assertThat(language.of("Gestão de Projetos")).isEqualTo("pt");
    assertThat(language.of("Project Management")).as("no evidence: English").isEqualTo("en");
    assertThat(language.of("Python for Everybody")).isEqualTo("en");
    assertThat(Vocabularies.LANGUAGES.evidence()).containsOnlyKeys("es", "pt", "fr", "de", "it", "nl", "id", "tr", "pl");
  }

  @Test
  void aNameOrWordNotWrittenAsTitlesAreComparedIsRefusedAtItsLine() throws IOException {
    String names = edit(LanguageWords.NAMES, "\"name\": \"deutsch\"", "\"name\": \"Deutsch\"");
    assertThatThrownBy(this::read).hasMessageContaining("language-names.jsonl:" + lineOf(names, "\"deutsch\"")
        + ": name must be lower-case letters (words separated by one space), got \"Deutsch\"");
    Files.writeString(dir.resolve(LanguageWords.NAMES), names.replace("\"language\": \"de\"", "\"language\": \"German\""));
    assertThatThrownBy(this::read).hasMessageContaining(":" + lineOf(names, "\"deutsch\"") + ": language must be an ISO 639 code such as es, got \"German\"");
    Files.writeString(dir.resolve(LanguageWords.NAMES), names);
    String english = edit(LanguageWords.ENGLISH, "\"word\": \"how\"", "\"word\": \"how to\"");
    assertThatThrownBy(this::read).hasMessageContaining("language-english-words.jsonl:" + lineOf(english, "\"how\"")
        + ": word must be one lower-case word of letters, as titles are compared, got \"how to\"");
    Files.writeString(dir.resolve(LanguageWords.ENGLISH), english.replace("\"word\": \"how\"", "\"word\": \"the\""));
    assertThatThrownBy(this::read).hasMessageContaining(":" + lineOf(english, "\"how\"") + ": word the is listed twice, first on line " + lineOf(english, "\"the\""));
  }

  @Test
  void evidenceNeedsWordsAValidPatternAndALanguageOtherThanEnglish() throws IOException {
    String text = edit(LanguageWords.EVIDENCE, "\"letters\": \"[ßäöü]\"", "\"letters\": \"[ßäöü\"");
    int de = lineOf(text, "\"language\": \"de\"");
    assertThatThrownBy(this::read).hasMessageContaining("language-evidence.jsonl:" + de + ": letters is not a valid regular expression");
    Files.writeString(dir.resolve(LanguageWords.EVIDENCE), text.replace("\"language\": \"de\"", "\"language\": \"en\""));
    assertThatThrownBy(this::read).hasMessageContaining(":" + de + ": language en needs no evidence");
    Files.writeString(dir.resolve(LanguageWords.EVIDENCE), text.replace("\"der\", \"die\"", "\"der\", \"der\""));
    assertThatThrownBy(this::read).hasMessageContaining(":" + de + ": words der is listed twice");
    Files.writeString(dir.resolve(LanguageWords.EVIDENCE), text.replace("\"language\": \"de\"", "\"language\": \"xx\"").replace("[ßäöü\"", "[ßäöü]\""));
    LanguageWords unknown = read();
    assertThatThrownBy(() -> new TitleLanguage(unknown)).hasMessageContaining(":" + de + ": language xx has no n-gram profile in Apache Tika's detector");
  }
}
