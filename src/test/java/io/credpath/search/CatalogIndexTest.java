package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.SearchWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexTest {
  @TempDir
  Path dir;

  private static Catalog withExtra(String id, String title) {
    Catalog base = Fixtures.smallCatalog();
    List<Credential> creds = new ArrayList<>(base.credentials());
    creds.add(Fixtures.credential(id).title(title).provider("Udemy").cost(30).build());
    return new Catalog(base.skills(), base.occupations(), creds, base.stacks(), Map.of(), base.searchWords());
  }

  /** How many indexed titles hold {@code word} as an analysed word. */
  private static int titlesWith(CatalogIndex index, String word) {
    return index.withSearcher((searcher, generation) ->
        searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term(CatalogDocuments.NAME, word)));
  }

  private static long total(CatalogIndex index, String text) {
    return new CredentialSearch(index).search(CredentialQuery.text(text).build()).total();
  }

  @Test
  void reusesOnDiskIndexWhenFingerprintUnchanged() {
    try (CatalogIndex first = CatalogIndex.open(Fixtures.smallCatalog(), Optional.of(dir))) {
      assertThat(first.reused()).isFalse();
    }
    try (CatalogIndex second = CatalogIndex.open(Fixtures.smallCatalog(), Optional.of(dir))) {
      assertThat(second.reused()).isTrue();
      assertThat(total(second, "")).isEqualTo(14);
      assertThat(new Autocomplete(second).suggest("tabl", 1)).extracting(Completion::id).containsExactly("skill:tableau");
    }
  }

  @Test
  void rebuildsOnDiskIndexWhenCatalogueChanged() {
    try (CatalogIndex first = CatalogIndex.open(Fixtures.smallCatalog(), Optional.of(dir))) {
      assertThat(first.reused()).isFalse();
    }
    Catalog changed = withExtra("course:rust", "Rust Programming");
    try (CatalogIndex second = CatalogIndex.open(changed, Optional.of(dir))) {
      assertThat(second.reused()).isFalse();
      assertThat(total(second, "rust")).isEqualTo(1);
      assertThat(total(second, "")).isEqualTo(15);
    }
    try (CatalogIndex third = CatalogIndex.open(changed, Optional.of(dir))) {
      assertThat(third.reused()).isTrue();
    }
  }

  @Test
  void fingerprintChangesWithContentNotWithIdentity() {
    assertThat(CatalogFingerprint.of(Fixtures.smallCatalog())).isEqualTo(CatalogFingerprint.of(Fixtures.smallCatalog()));
    assertThat(CatalogFingerprint.of(withExtra("x", "A"))).isNotEqualTo(CatalogFingerprint.of(withExtra("x", "B")));
  }

  /** {@code catalog} with {@code extra} among its stop words. */
  private static Catalog withStopWords(Catalog catalog, String... extra) {
    SearchWords words = catalog.searchWords();
    Set<String> stop = new java.util.HashSet<>(words.stopWords());
    stop.addAll(List.of(extra));
    return new Catalog(catalog.skills(), catalog.occupations(), catalog.credentials(), catalog.stacks(), Map.of(),
        new SearchWords(words.abbreviations(), stop, words.fillerWords()));
  }

  @Test
  void fingerprintChangesWithTheStopWordsButNotWithQueryTimeWords() {
    Catalog base = Fixtures.smallCatalog();
    assertThat(CatalogFingerprint.of(withStopWords(base, "rust"))).isNotEqualTo(CatalogFingerprint.of(base));
    Catalog moreAbbreviations = new Catalog(base.skills(), base.occupations(), base.credentials(), base.stacks(), Map.of(),
        new SearchWords(Map.of("rp", List.of("rust programming")), base.searchWords().stopWords(), Set.of("rusty")));
    assertThat(CatalogFingerprint.of(moreAbbreviations)).isEqualTo(CatalogFingerprint.of(base));
  }

  @Test
  void reloadAnalysesTheRecordsWithTheNewCataloguesStopWords() {
    try (CatalogIndex index = CatalogIndex.open(withStopWords(withExtra("course:rust", "Rust Programming"), "rust"), Optional.empty())) {
      assertThat(titlesWith(index, "rust")).isZero();
      assertThat(titlesWith(index, "programming")).isEqualTo(1);
      index.reload(withExtra("course:rust", "Rust Programming"));
      // had the writer kept the analyzer it was opened with, "rust" would still be left out of the title
      assertThat(titlesWith(index, "rust")).isEqualTo(1);
      assertThat(total(index, "rust")).isEqualTo(1);
    }
  }

  @Test
  void reloadAddsReplacesAndDeletesRecords() {
    try (CatalogIndex index = CatalogIndex.open(withExtra("course:rust", "Rust Programming"), Optional.empty())) {
      String before = index.fingerprint();
      index.reload(withExtra("course:go", "Go Programming"));
      assertThat(total(index, "rust")).isZero();
      assertThat(total(index, "go")).isEqualTo(1);
      assertThat(total(index, "")).isEqualTo(15);
      assertThat(index.fingerprint()).isNotEqualTo(before);
      assertThat(new TaxonomySearch(index).skills("sql", 10)).hasSize(1);
    }
  }

  @Test
  void hitsShowTheReloadedRecordNotTheOneFirstIndexed() {
    try (CatalogIndex index = CatalogIndex.open(withExtra("course:rust", "Rust Programming"), Optional.empty())) {
      index.reload(withExtra("course:rust", "Rust for Everyone"));
      assertThat(new CredentialSearch(index).search(CredentialQuery.text("rust").build()).hits())
          .extracting(CredentialHit::title).containsExactly("Rust for Everyone");
      assertThat(new Autocomplete(index).suggest("rus", 1)).extracting(Completion::label).containsExactly("Rust for Everyone");
    }
  }

  @Test
  void reloadDuringConcurrentQueriesNeverFailsAndEachResultIsOneWholeCatalogue() throws Exception {
    Catalog a = withExtra("course:rust", "Rust Programming");
    Catalog b = withExtra("course:go", "Go Programming");
    try (CatalogIndex index = CatalogIndex.open(a, Optional.empty())) {
      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicInteger queries = new AtomicInteger();
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread th = new Thread(() -> {
          CredentialSearch search = new CredentialSearch(index);
          Autocomplete ac = new Autocomplete(index);
          while (!stop.get()) {
            try {
              CredentialResults r = search.search(CredentialQuery.text("").page(0, 100).build());
              Set<String> ids = new java.util.HashSet<>(r.hits().stream().map(CredentialHit::id).toList());
              assertThat(r.total()).isEqualTo(15);
              assertThat(ids.contains("course:rust") ^ ids.contains("course:go")).isTrue();
              assertThat(r.hits()).filteredOn(h -> h.id().startsWith("course:rust") || h.id().startsWith("course:go"))
                  .allSatisfy(h -> assertThat(h.title()).isEqualTo(h.id().equals("course:rust") ? "Rust Programming" : "Go Programming"));
              ac.suggest("prog", 5);
              queries.incrementAndGet();
            } catch (Throwable e) {
              errors.add(e);
            }
          }
        });
        th.start();
        readers.add(th);
      }
      for (int i = 0; i < 20; i++) index.reload(i % 2 == 0 ? b : a);
      stop.set(true);
      for (Thread th : readers) th.join();
      assertThat(errors).isEmpty();
      assertThat(queries.get()).isPositive();
      assertThat(total(index, "rust")).isEqualTo(1);
    }
  }
}
