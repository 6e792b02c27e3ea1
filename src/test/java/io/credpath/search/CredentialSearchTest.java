package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CredentialSearchTest {
  static CatalogIndex index;
  static CredentialSearch search;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(Fixtures.smallCatalog(), Optional.empty());
    search = new CredentialSearch(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(CredentialQuery q) {
    return search.search(q).hits().stream().map(CredentialHit::id).toList();
  }

  @Test
  void titleMatchRanksFirst() {
    assertThat(ids(CredentialQuery.text("tableau").build())).first().isEqualTo("course:tableau");
    assertThat(ids(CredentialQuery.text("linux").build())).first().isEqualTo("course:linux");
  }

  @Test
  void findsCredentialsBySkillTaughtWhenTitleDoesNotSayIt() {
    assertThat(ids(CredentialQuery.text("networking").build())).contains("cert:net-plus", "cert:a-plus");
  }

  @Test
  void skillAliasFindsCredentialsTeachingTheCanonicalSkill() {
    assertThat(ids(CredentialQuery.text("structured query language").build())).contains("course:sql-basics", "course:sql-advanced");
  }

  @Test
  void providerWordsMatch() {
    assertThat(ids(CredentialQuery.text("comptia").build())).contains("cert:sec-plus", "cert:net-plus");
  }

  @Test
  void abbreviationExpandsToCertificate() {
    assertThat(ids(CredentialQuery.text("google cert").build())).first().isEqualTo("prog:data-analytics");
  }

  @Test
  void blankTextBrowsesAllLiveCredentials() {
    CredentialResults r = search.search(CredentialQuery.text("  ").page(0, 100).build());
    assertThat(r.total()).isEqualTo(14);
    assertThat(r.hits()).extracting(CredentialHit::id).doesNotContain("course:retired-security");
  }

  @Test
  void retiredCredentialsAppearOnlyWhenAsked() {
    assertThat(ids(CredentialQuery.text("old security").build())).doesNotContain("course:retired-security");
    assertThat(ids(CredentialQuery.text("old security").includeRetired(true).build())).contains("course:retired-security");
  }

  @Test
  void hitsCarryDisplayFields() {
    CredentialHit hit = search.search(CredentialQuery.text("Network+").build()).hits().stream()
        .filter(h -> h.id().equals("cert:net-plus")).findFirst().orElseThrow();
    assertThat(hit.title()).isEqualTo("Network+");
    assertThat(hit.type()).isEqualTo(CredentialType.CERTIFICATION);
    assertThat(hit.provider()).isEqualTo("CompTIA");
    assertThat(hit.cost()).isEqualTo(369.0);
    assertThat(hit.hours()).isEqualTo(100.0);
    assertThat(hit.level()).isEqualTo(2);
    assertThat(hit.rating()).isEmpty();
  }

  @Test
  void tenantSeesOnlyItsProvidersAndListedCredentials() {
    CatalogScope scope = new CatalogScope(Optional.of("t"), Set.of(" COURSERA"), Set.of("course:linux"));
    CredentialResults r = search.search(CredentialQuery.text("").scope(scope).page(0, 100).build());
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.provider().equals("Coursera") || h.id().equals("course:linux")).isTrue());
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.counts("provider")).containsOnlyKeys("Coursera", "Udemy");
  }

  @Test
  void emptyScopeSeesTheWholeCatalogue() {
    CatalogScope empty = new CatalogScope(Optional.of("t"), Set.of(), Set.of());
    long all = search.search(CredentialQuery.text("").build()).total();
    assertThat(all).isPositive();
    assertThat(search.search(CredentialQuery.text("").scope(empty).build()).total()).isEqualTo(all);
  }

  @Test
  void findsExactlyWhatTheScopeAllows() {
    for (CatalogScope scope : List.of(new CatalogScope(Optional.empty(), Set.of("compTIA", "udemy"), Set.of()),
        new CatalogScope(Optional.empty(), Set.of(), Set.of("cert:a-plus", " course:tableau ", "course:nowhere")),
        new CatalogScope(Optional.empty(), Set.of("GOOGLE"), Set.of("course:excel")), CatalogScope.everything())) {
      List<String> allowed = Fixtures.smallCatalog().credentials().stream().filter(c -> !c.retired() && scope.allows(c))
          .map(Credential::id).toList();
      assertThat(ids(CredentialQuery.text("").scope(scope).page(0, 100).build())).as("%s", scope)
          .containsExactlyInAnyOrderElementsOf(allowed);
    }
  }

  @Test
  void sortsByCostThenIdAndPagesDoNotOverlap() {
    List<String> seen = new ArrayList<>();
    double last = -1;
    for (int page = 0; page < 4; page++) {
      CredentialResults r = search.search(CredentialQuery.text("").sort(SortOrder.COST).page(page, 4).build());
      for (CredentialHit h : r.hits()) {
        assertThat(h.cost()).isGreaterThanOrEqualTo(last);
        last = h.cost();
        seen.add(h.id());
      }
    }
    assertThat(seen).hasSize(14).doesNotHaveDuplicates();
  }

  @Test
  void sortsByHours() {
    List<CredentialHit> hits = search.search(CredentialQuery.text("").sort(SortOrder.HOURS).page(0, 100).build()).hits();
    assertThat(hits).extracting(CredentialHit::hours).isSorted();
  }

  @Test
  void pageBeyondTheLastIsEmptyButCountsAll() {
    CredentialResults r = search.search(CredentialQuery.text("").page(5, 10).build());
    assertThat(r.hits()).isEmpty();
    assertThat(r.total()).isEqualTo(14);
  }

  @Test
  void rejectsBadQueriesNamingTheValue() {
    assertThatThrownBy(() -> CredentialQuery.text("x").page(0, 101).build()).hasMessageContaining("101");
    assertThatThrownBy(() -> CredentialQuery.text("x").page(-1, 10).build()).hasMessageContaining("-1");
    assertThatThrownBy(() -> CredentialQuery.text("x").levels(7).build()).hasMessageContaining("7");
    assertThatThrownBy(() -> CredentialQuery.text("x").maxCost(-3).build()).hasMessageContaining("-3");
    assertThatThrownBy(() -> CredentialQuery.text("x").maxHours(Double.NaN).build()).hasMessageContaining("NaN");
    assertThatThrownBy(() -> CredentialQuery.text("x").page(200, 100).build()).hasMessageContaining("200");
    assertThatThrownBy(() -> CredentialQuery.text("x").providers(" ").build()).hasMessageContaining("provider");
  }

  @Test
  void costFacetBandsMatchFixturePrices() {
    CredentialResults r = search.search(CredentialQuery.text("").build());
    assertThat(r.counts("cost")).containsEntry("under-50", 4L).containsEntry("50-200", 3L)
        .containsEntry("200-500", 6L).containsEntry("500+", 1L).doesNotContainKey("free");
  }
}
