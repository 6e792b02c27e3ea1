package io.credpath.search;

import io.credpath.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures start-up (in memory, on-disk build, on-disk reopen) and warm query latency on a synthetic catalogue of
 * 7,500 credentials, 1,000 occupations and 4,000 skills. Run by hand: {@code java -cp ... io.credpath.search.SearchBench}.
 */
public final class SearchBench {
  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Catalog catalog = SyntheticCatalog.generate(42, 7_500, 1_000, 4_000);
    long t = System.nanoTime();
    String fp = CatalogFingerprint.of(catalog);
    System.out.printf("fingerprint: %.1f ms%n", ms(t));
    CatalogAnalyzers analyzers = new CatalogAnalyzers(catalog.searchWords().stopWords());
    for (int i = 0; i < 3; i++) {
      t = System.nanoTime();
      CatalogDocuments.all(catalog, CatalogRecords.of(catalog), analyzers.text(Optional.empty()));
      System.out.printf("documents: %.0f ms; ", ms(t));
      t = System.nanoTime();
      TaxonomySynonyms.of(catalog, analyzers);
      System.out.printf("synonyms: %.0f ms; ", ms(t));
      t = System.nanoTime();
      SkillPhrases.of(catalog, analyzers.text(Optional.empty()));
      System.out.printf("skill phrases: %.0f ms; ", ms(t));
      t = System.nanoTime();
      CatalogFingerprint.of(catalog);
      System.out.printf("fingerprint: %.0f ms%n", ms(t));
    }
    for (int round = 0; round < 3; round++) {
      Path dir = Files.createTempDirectory("credpath-index");
      t = System.nanoTime();
      try (CatalogIndex idx = CatalogIndex.open(catalog, Optional.empty())) {
        System.out.printf("round %d in-memory build: %.0f ms%n", round, ms(t));
      }
      t = System.nanoTime();
      try (CatalogIndex idx = CatalogIndex.open(catalog, Optional.of(dir))) {
        System.out.printf("round %d on-disk build: %.0f ms (reused=%s)%n", round, ms(t), idx.reused());
      }
      t = System.nanoTime();
      try (CatalogIndex idx = CatalogIndex.open(catalog, Optional.of(dir))) {
        System.out.printf("round %d on-disk reopen: %.0f ms (reused=%s)%n", round, ms(t), idx.reused());
      }
    }
    try (CatalogIndex idx = CatalogIndex.open(catalog, Optional.empty())) {
      CredentialSearch search = new CredentialSearch(idx);
      Autocomplete ac = new Autocomplete(idx);
      TaxonomySearch tax = new TaxonomySearch(idx);
      LuceneSkillMatcher matcher = new LuceneSkillMatcher(idx);
      List<String> texts = List.of("data analytics", "cloud security certificate", "python", "kubernets", "nursing",
          "project management fundamentals", "", "excel statistics", "machine learning bootcamp", "welding safety");
      List<String> prefixes = List.of("da", "data an", "kubernets", "analist", "pyth", "clou", "sec", "web dev", "nurs", "mach lea");
      bench("search (text, facets, page of 20)", 3000, i -> search.search(CredentialQuery.text(texts.get(i % texts.size())).build()));
      bench("search filtered + cost sort", 3000, i -> search.search(CredentialQuery.text(texts.get(i % texts.size()))
          .maxCost(500).levels(1, 2, 3).sort(SortOrder.COST).build()));
      bench("suggest (limit 10)", 5000, i -> ac.suggest(prefixes.get(i % prefixes.size()), 10));
      bench("occupations", 3000, i -> tax.occupations(texts.get(i % texts.size()) + " specialists", 10));
      bench("skill matcher", 3000, i -> matcher.match("I know Excel, SQL and a bit of " + texts.get(i % texts.size())));
    }
  }

  private static void bench(String name, int n, Consumer<Integer> op) {
    for (int i = 0; i < n; i++) op.accept(i);
    long[] ns = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      op.accept(i);
      ns[i] = System.nanoTime() - t;
    }
    Arrays.sort(ns);
    System.out.printf("%-36s p50 %.3f ms  p99 %.3f ms  max %.3f ms%n", name, ns[n / 2] / 1e6, ns[(int) (n * 0.99)] / 1e6, ns[n - 1] / 1e6);
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
