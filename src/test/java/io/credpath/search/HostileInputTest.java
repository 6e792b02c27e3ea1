package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.credpath.Fixtures;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostileInputTest {
  static CatalogIndex index;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(Fixtures.smallCatalog(), Optional.empty());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static Stream<String> hostile() {
    return Stream.of("\"", "\"\"", "\"sql", "sql\"", "'", ":", "title:sql", "id:cert:a-plus", "*:*", "*", "?", "sql*",
        "s?l", "~", "sql~", "sql~2", "\\", "sql\\", "\\\\\\", "[", "]", "[a TO z]", "{a TO z}", "(", ")", "((sql)",
        "AND", "OR", "NOT", "AND OR NOT", "sql AND", "NOT sql", "+sql -python", "-", "+", "&&", "||", "!", "^", "sql^10",
        "/", "/regex.*/", "<>", "sql;drop table", "%", "{", "}", "", " ", "\t\n\r", "\u0000", "\u200b",
        "😀", "🔥🔥🔥 sql", "数据分析师", "محلل بيانات", "данные", "ñandú café", "🇺🇸", "\ud83d", "\udc00x",
        "x".repeat(10_000), "sql ".repeat(3_000), "a\u0301".repeat(500), "😀".repeat(2_000), "(".repeat(1_000),
        "\"".repeat(999), "\\".repeat(777), "sql".repeat(200));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void credentialSearchNeverThrows(String text) {
    CredentialSearch search = new CredentialSearch(index);
    assertThatCode(() -> search.search(CredentialQuery.text(text).build())).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void taxonomySearchNeverThrows(String text) {
    TaxonomySearch search = new TaxonomySearch(index);
    assertThatCode(() -> {
      search.occupations(text, 10);
      search.skills(text, 10);
    }).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void autocompleteNeverThrows(String text) {
    assertThatCode(() -> new Autocomplete(index).suggest(text, 10)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void skillMatcherNeverThrows(String text) {
    assertThat(new LuceneSkillMatcher(index).match(text)).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.0, 1.0));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void syntaxCharactersDoNotWidenResultsBeyondBrowsing(String text) {
    long all = new CredentialSearch(index).search(CredentialQuery.text("").build()).total();
    assertThat(new CredentialSearch(index).search(CredentialQuery.text(text).build()).total()).isLessThanOrEqualTo(all);
  }

  @org.junit.jupiter.api.Test
  void queryParserSyntaxIsTakenLiterally() {
    CredentialSearch search = new CredentialSearch(index);
    assertThat(search.search(CredentialQuery.text("*:*").build()).total()).isZero();
    // "+" titles index the word "plus" (Security+ is "security plus"), so the field-syntax probe names a course
    assertThat(search.search(CredentialQuery.text("id:course:excel").build()).hits()).extracting(CredentialHit::id)
        .doesNotContain("cert:sec-plus", "cert:a-plus");
    assertThat(new Autocomplete(index).suggest("*", 10)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nullTextIsTreatedAsEmpty() {
    assertThat(new Autocomplete(index).suggest(null, 5)).isEmpty();
    assertThat(new LuceneSkillMatcher(index).match(null)).isEmpty();
    assertThat(new TaxonomySearch(index).skills(null, 5)).isEmpty();
  }
}
