package io.credpath.search;

import io.credpath.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index over a catalogue's credentials, occupations and skills, searched concurrently through a
 * {@link SearcherManager} and re-indexed in place by {@link #reload}. In memory by default; on disk it is reused
 * when the catalogue's fingerprint matches the one in the last commit (see package-info for start-up figures).
 */
public final class CatalogIndex implements AutoCloseable {
  static final String FINGERPRINT = "fingerprint";

  private final Directory directory;
  private final CurrentAnalyzer writerAnalyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetedSearcher.Factory searcherFactory;
  private final boolean reused;
  private final Object reloadLock = new Object();

  /**
   * What each search needs besides the searcher, rebuilt with every catalogue: the records hits are read from, the
   * analysis chains made with the catalogue's stop words ({@code plain}: the full-text chain without synonyms), the
   * synonym-aware query analyzer, skill phrases and the filler words as analysed words. Each searcher is bound to the
   * generation it indexed.
   */
  record Generation(Catalog catalog, String fingerprint, CatalogRecords records, CatalogAnalyzers analyzers, Analyzer plain,
      QueryText text, SkillPhrases phrases, Set<String> filler) {
    static Generation of(Catalog catalog, String fingerprint) {
      CatalogAnalyzers analyzers = new CatalogAnalyzers(catalog.searchWords().stopWords());
      Analyzer plain = analyzers.text(Optional.empty());
      // The synonym map and the skill phrases each analyse every skill name and alias, and neither needs the other: the
      // map is built beside the phrases (on a start with the index reused they were most of the reopen).
      java.util.concurrent.CompletableFuture<Optional<org.apache.lucene.analysis.synonym.SynonymMap>> synonyms =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> TaxonomySynonyms.of(catalog, analyzers));
      SkillPhrases phrases = SkillPhrases.of(catalog, plain);
      QueryText text = new QueryText(analyzers, joined(synonyms), catalog.searchWords().abbreviations());
      return new Generation(catalog, fingerprint, CatalogRecords.of(catalog), analyzers, plain, text, phrases,
          LuceneSkillMatcher.filler(plain, catalog.searchWords().fillerWords()));
    }

    /** What {@code work} answered, or what it threw, as it threw it. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
      try {
        return work.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) throw cause;
        if (e.getCause() instanceof Error error) throw error;
        throw e;
      }
    }
  }

  /**
   * The writer's analyzer: the index chain of the generation being indexed. A writer keeps one analyzer for its life,
   * while a reload may bring other stop words, so it delegates to the one {@link #reload} sets before it re-indexes.
   */
  private static final class CurrentAnalyzer extends DelegatingAnalyzerWrapper {
    private volatile Analyzer current;

    CurrentAnalyzer(Analyzer first) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.current = first;
    }

    void set(Analyzer next) {
      this.current = next;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return current;
    }
  }

  private CatalogIndex(Directory directory, Catalog catalog, String fingerprint) throws IOException {
    this.directory = directory;
    this.reused = DirectoryReader.indexExists(directory)
        && fingerprint.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT));
    Generation generation = Generation.of(catalog, fingerprint);
    this.writerAnalyzer = new CurrentAnalyzer(generation.analyzers().forIndex());
    IndexWriterConfig config = new IndexWriterConfig(writerAnalyzer)
        .setOpenMode(reused ? OpenMode.APPEND : OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    try {
      if (!reused) {
        writer.addDocuments(CatalogDocuments.all(catalog, generation.records(), generation.plain()));
        commit(fingerprint);
      }
      this.searcherFactory = new FacetedSearcher.Factory(generation);
      this.searchers = new SearcherManager(writer, searcherFactory);
    } catch (IOException | RuntimeException e) {
      writer.rollback(); // releases the write lock so a retry can open the directory
      throw e;
    }
  }

  /**
   * Indexes {@code catalog} in memory, or under {@code indexDir} (created if missing) where an index whose
   * fingerprint matches is opened as it is instead of being rebuilt.
   */
  public static CatalogIndex open(Catalog catalog, Optional<Path> indexDir) {
    String fingerprint = CatalogFingerprint.of(catalog);
    Directory dir = null;
    try {
      dir = indexDir.isPresent() ? FSDirectory.open(indexDir.get()) : new ByteBuffersDirectory();
      return new CatalogIndex(dir, catalog, fingerprint);
    } catch (IOException e) {
      closeQuietly(dir, e);
      throw new UncheckedIOException("cannot open search index at " + indexDir.map(Path::toString).orElse("memory"), e);
    }
  }

  /** Whether opening found an up-to-date index on disk and skipped indexing. */
  public boolean reused() {
    return reused;
  }

  /** The fingerprint of the catalogue currently searched. */
  public String fingerprint() {
    return withSearcher((searcher, generation) -> generation.fingerprint());
  }

  /**
   * Re-indexes for {@code catalog}: every record is replaced by its id term and vanished ones are deleted,
   * then one commit and refresh make the whole new catalogue visible at once; searches already running keep
   * their point-in-time view and never fail.
   */
  public void reload(Catalog catalog) {
    String fingerprint = CatalogFingerprint.of(catalog);
    Generation next = Generation.of(catalog, fingerprint);
    synchronized (reloadLock) {
      try {
        writerAnalyzer.set(next.analyzers().forIndex());
        Set<String> keys = new HashSet<>();
        for (Document d : CatalogDocuments.all(catalog, next.records(), next.plain())) {
          String key = d.get(CatalogDocuments.KEY);
          keys.add(key);
          writer.updateDocument(new org.apache.lucene.index.Term(CatalogDocuments.KEY, key), d);
        }
        deleteAllBut(keys);
        commit(fingerprint);
        searcherFactory.bind(next);
        searchers.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException("re-indexing failed", e);
      }
    }
  }

  private void deleteAllBut(Set<String> keep) throws IOException {
    FacetedSearcher s = (FacetedSearcher) searchers.acquire();
    try {
      Terms terms = MultiTerms.getTerms(s.getIndexReader(), CatalogDocuments.KEY);
      if (terms == null) return;
      TermsEnum it = terms.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        if (!keep.contains(t.utf8ToString())) {
          writer.deleteDocuments(new org.apache.lucene.index.Term(CatalogDocuments.KEY, BytesRef.deepCopyOf(t)));
        }
      }
    } finally {
      searchers.release(s);
    }
  }

  private void commit(String fingerprint) throws IOException {
    writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
    writer.commit();
  }

  /** Work done against one point-in-time searcher. */
  interface Search<T> {
    T run(FacetedSearcher searcher, Generation generation) throws IOException;
  }

  /**
   * Runs {@code search} on a searcher acquired for its duration, with the generation that searcher indexed, so a
   * concurrent reload neither closes it underneath nor pairs it with another catalogue.
   */
  <T> T withSearcher(Search<T> search) {
    try {
      FacetedSearcher s = (FacetedSearcher) searchers.acquire();
      try {
        return search.run(s, s.generation());
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the search index failed", e);
    }
  }

  private static void closeQuietly(Directory dir, IOException cause) {
    if (dir == null) return;
    try {
      dir.close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
