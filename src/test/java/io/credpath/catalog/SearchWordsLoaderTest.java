package io.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.graph.PrerequisiteCycles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search word lists load with the taxonomy, and each kind of bad row is named by file, line, word and field. */
class SearchWordsLoaderTest {
  @TempDir Path dir;

  private List<String> problems(TaxonomyFiles files) {
    return new TaxonomyLoader(files.writeTo(dir), PrerequisiteCycles.FINDER).validate().stream().map(Problem::toString).toList();
  }

  @Test
  void loadsTheListsWithTheTaxonomyInFileOrder() {
    Catalog catalog = new TaxonomyLoader(new TaxonomyFiles().writeTo(dir), PrerequisiteCycles.FINDER).load();

    SearchWords words = catalog.searchWords();
    assertThat(words.abbreviations()).containsExactly(Map.entry("bi", List.of("business intelligence")),
        Map.entry("cert", List.of("certificate", "certification")));
    assertThat(words.expansionsOf("cert")).containsExactly("certificate", "certification");
    assertThat(words.expansionsOf("rn")).isEmpty();
    assertThat(words.stopWords()).containsExactlyInAnyOrder("a", "the", "of");
    assertThat(words.fillerWords()).containsExactlyInAnyOrder("know", "basic");
    assertThat(catalog.sources()).containsEntry("search-stop-words.jsonl", Map.of("name", "test", "licence", "CC0"));
    assertThat(catalog.restrictedTo(c -> false).searchWords()).isEqualTo(words);
  }

  @Test
  void theShippedListsLoad() {
    SearchWords shipped = new TaxonomyLoader(Path.of("taxonomy"), PrerequisiteCycles.FINDER).loadSearchWords();
    assertThat(shipped.expansionsOf("rn")).containsExactly("registered nurse");
    assertThat(shipped.stopWords()).contains("the", "and").doesNotContain("it"); // "IT support" is a real query
    assertThat(shipped.fillerWords()).contains("basic", "year");
  }

  @Test
  void namesAMissingFile() {
    assertThat(problems(new TaxonomyFiles().remove("search-stop-words.jsonl")))
        .containsExactly("search-stop-words.jsonl: file is missing from " + dir);
  }

  @Test
  void namesARowWithoutAReasonOrWithABlankOne() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("search-stop-words.jsonl", 3, "{\"word\":\"the\"}")
        .set("search-abbreviations.jsonl", 2, "{\"abbreviation\":\"bi\",\"expansions\":[\"business intelligence\"],\"reason\":\" \"}");
    assertThat(problems(files)).containsExactly(
        "search-abbreviations.jsonl:2 (id bi, field reason): must not be blank: say why the row is here",
        "search-stop-words.jsonl:3 (id the, field reason): is required");
  }

  @Test
  void namesAnAbbreviationWithNoExpansion() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("search-abbreviations.jsonl", 2, "{\"abbreviation\":\"bi\",\"reason\":\"r\"}")
        .set("search-abbreviations.jsonl", 3, "{\"abbreviation\":\"cert\",\"expansions\":[],\"reason\":\"r\"}")
        .add("search-abbreviations.jsonl", "{\"abbreviation\":\"hr\",\"expansions\":[\"\"],\"reason\":\"r\"}");
    assertThat(problems(files)).containsExactly(
        "search-abbreviations.jsonl:2 (id bi, field expansions): is required: what the abbreviation stands for, e.g. [\"registered nurse\"]",
        "search-abbreviations.jsonl:3 (id cert, field expansions): must name at least one expansion",
        "search-abbreviations.jsonl:4 (id hr, field expansions[0]): must not be blank");
  }

  @Test
  void namesAWordListedTwiceWithBothLines() {
    TaxonomyFiles files = new TaxonomyFiles()
        .add("search-filler-words.jsonl", TaxonomyFiles.word("know"))
        .add("search-abbreviations.jsonl", TaxonomyFiles.abbreviation("bi", "business intelligence"));
    assertThat(problems(files)).containsExactly(
        "search-abbreviations.jsonl:4 (id bi, field abbreviation): listed twice, first on line 2",
        "search-filler-words.jsonl:4 (id know, field word): listed twice, first on line 2");
  }

  @Test
  void namesAWordSearchesCouldNeverMatch() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("search-stop-words.jsonl", 2, TaxonomyFiles.word("The"))
        .set("search-stop-words.jsonl", 3, TaxonomyFiles.word("such as"))
        .set("search-filler-words.jsonl", 2, "{\"reason\":\"r\"}")
        .set("search-abbreviations.jsonl", 2, TaxonomyFiles.abbreviation("RN", "registered nurse"));
    assertThat(problems(files)).containsExactly(
        "search-abbreviations.jsonl:2 (id RN, field abbreviation): must be lower case (searches compare words lower-cased), got \"RN\"",
        "search-stop-words.jsonl:2 (id The, field word): must be lower case (searches compare words lower-cased), got \"The\"",
        "search-stop-words.jsonl:3 (id such as, field word): must be one word, got \"such as\"",
        "search-filler-words.jsonl:2 (field word): is required");
  }

  @Test
  void namesAMissingHeaderAndMalformedRow() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("search-filler-words.jsonl", 1, TaxonomyFiles.word("some"))
        .add("search-filler-words.jsonl", "{\"word\":\"good\",");
    assertThat(problems(files)).containsExactly(
        "search-filler-words.jsonl:1: first line must be a {\"source\": {...}} header",
        "search-filler-words.jsonl:4: malformed JSON at column 16: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void badListsStopStartUpLikeAnyTaxonomyError() {
    TaxonomyFiles files = new TaxonomyFiles().set("search-stop-words.jsonl", 3, "{\"word\":\"the\"}");
    assertThatThrownBy(() -> new TaxonomyLoader(files.writeTo(dir), PrerequisiteCycles.FINDER).load())
        .isInstanceOf(TaxonomyException.class)
        .hasMessage("1 problem(s) in taxonomy:\nsearch-stop-words.jsonl:3 (id the, field reason): is required");
    assertThatThrownBy(() -> new TaxonomyLoader(dir, PrerequisiteCycles.FINDER).loadSearchWords())
        .isInstanceOf(TaxonomyException.class).hasMessageContaining("search-stop-words.jsonl:3");
  }

  @Test
  void anAbbreviationMustStandForSomething() {
    assertThatThrownBy(() -> new SearchWords(Map.of("rn", List.of()), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("abbreviation has no expansion: rn");
  }
}
