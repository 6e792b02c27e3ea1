package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.CatalogScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AutocompleteTest {
  static CatalogIndex index;
  static Autocomplete autocomplete;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(TestCatalogs.withSynonyms(), Optional.empty());
    autocomplete = new Autocomplete(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(String prefix) {
    return autocomplete.suggest(prefix, 10).stream().map(Completion::id).toList();
  }

  @Test
  void completesAPrefixAcrossKinds() {
    List<Completion> s = autocomplete.suggest("secur", 10);
    assertThat(s).extracting(Completion::kind)
        .contains(Completion.Kind.SKILL, Completion.Kind.OCCUPATION, Completion.Kind.CREDENTIAL);
  }

  @Test
  void exactWordOutranksPrefixAndShorterLabelWinsTies() {
    assertThat(ids("python")).first().isEqualTo("skill:python");
    assertThat(ids("linux")).first().isEqualTo("skill:linux");
  }

  @Test
  void toleratesTypos() {
    assertThat(ids("kubernets")).first().isEqualTo("skill:kubernetes");
    assertThat(ids("kubernets")).contains("cert:cka");
    assertThat(ids("analist")).contains("15-2051.01", "15-1212.00");
    assertThat(ids("data analist")).first().isEqualTo("15-2051.01");
    assertThat(ids("pyhton")).contains("skill:python");
  }

  @Test
  void twoEditsReachALongWordWhenOneEditFindsNothing() {
    assertThat(ids("kubernatis")).first().isEqualTo("skill:kubernetes");
    assertThat(Autocomplete.edits("kubernatis")).isEqualTo(2);
  }

  @Test
  void matchesAliasesAndAlternateTitlesButShowsTheCanonicalLabel() {
    List<Completion> s = autocomplete.suggest("k8", 5);
    assertThat(s).first().isEqualTo(new Completion(Completion.Kind.SKILL, "skill:kubernetes", "Kubernetes"));
    assertThat(autocomplete.suggest("staff nur", 5)).extracting(Completion::label).contains("Registered Nurses");
  }

  @Test
  void respectsTheLimit() {
    assertThat(autocomplete.suggest("s", 3)).hasSize(3);
  }

  @Test
  void hidesRetiredCredentialsAndThoseOutsideTheTenant() {
    assertThat(ids("old secur")).doesNotContain("course:retired-security");
    List<Completion> scoped = autocomplete.suggest("s", 50, new CatalogScope(Optional.empty(), Set.of("udemy"), Set.of()));
    assertThat(scoped).filteredOn(x -> x.kind() == Completion.Kind.CREDENTIAL)
        .isNotEmpty().extracting(Completion::id).allMatch(id -> Set.of("course:python-data", "course:excel", "course:linux").contains(id));
  }

  @Test
  void nonsenseSuggestsNothing() {
    assertThat(ids("qqqqzzzz")).isEmpty();
  }
}
