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

/** {@code taxonomy/curated/skill-*.jsonl}: the shipped lists in their order, and every bad row named by file and line. */
class SkillWordsTest {
  @TempDir Path dir;

  private CuratedCopy curated;

  @BeforeEach
  void copyShipped() throws IOException {
    curated = CuratedCopy.of(dir, SkillWords.PREFIXES, SkillWords.SUFFIXES, SkillWords.VENDORS, SkillWords.AMBIGUOUS, SkillWords.STOP_WORDS);
  }

  private String edit(String file, String from, String to) throws IOException {
    return curated.edit(file, from, to);
  }

  private SkillWords read() {
    return SkillWords.read(curated.tables());
  }

  @Test
  void theShippedListsKeepTheirOrderLongerSuffixesFirst() {
    SkillWords words = Vocabularies.WORDS;
    assertThat(words.suffixes()).startsWith("programming language", "programming", "software");
    assertThat(words.prefixes()).first().isEqualTo("introduction to");
    assertThat(words.vendors()).contains("microsoft", "apache").last().isEqualTo("the");
    assertThat(words.ambiguousTitleWords()).contains("go", "spring", "word");
    assertThat(words.titleStopWords()).contains("learn", "for");
  }

  @Test
  void aWordNotWrittenAsTheMapperComparesItIsRefusedAtItsLine() throws IOException {
    String text = edit(SkillWords.VENDORS, "\"vendor\": \"ibm\"", "\"vendor\": \"IBM\"");
    assertThatThrownBy(this::read).hasMessageContaining("skill-vendors.jsonl:" + lineOf(text, "\"ibm\"")
        + ": vendor must be written as the mapper compares it (lower case, letters, digits, + and # only, single spaces): \"IBM\" reads as \"ibm\"");
    Files.writeString(dir.resolve(SkillWords.VENDORS), text.replace("\"vendor\": \"ibm\"", "\"vendor\": \"ibm \""));
    assertThatThrownBy(this::read).hasMessageContaining("\"ibm \" reads as \"ibm\"");
  }

  @Test
  void aTitleWordOfTwoWordsAWordListedTwiceOrARowWithoutReasonIsRefused() throws IOException {
    String text = edit(SkillWords.AMBIGUOUS, "\"word\": \"swift\"", "\"word\": \"swift code\"");
    assertThatThrownBy(this::read).hasMessageContaining("skill-title-ambiguous-words.jsonl:" + lineOf(text, "\"swift\"")
        + ": word must be one word, got \"swift code\"");
    Files.writeString(dir.resolve(SkillWords.AMBIGUOUS), text.replace("\"word\": \"swift\"", "\"word\": \"go\""));
    assertThatThrownBy(this::read).hasMessageContaining(":" + lineOf(text, "\"swift\"") + ": word go is listed twice, first on line "
        + lineOf(text, "\"go\""));
    Files.writeString(dir.resolve(SkillWords.AMBIGUOUS), text);
    String stop = edit(SkillWords.STOP_WORDS, "{\"word\": \"learn\", \"reason\": ", "{\"word\": \"learn\", \"why\": ");
    assertThatThrownBy(this::read).hasMessageContaining("skill-title-stop-words.jsonl:" + lineOf(stop, "\"learn\"") + ": reason is required");
  }

  @Test
  void aMissingListStopsTheImport() throws IOException {
    Files.delete(dir.resolve(SkillWords.SUFFIXES));
    assertThatThrownBy(this::read).hasMessageContaining("skill-suffixes.jsonl: missing; the import needs this table");
  }
}
