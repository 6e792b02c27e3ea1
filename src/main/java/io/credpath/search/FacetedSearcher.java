package io.credpath.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher bound to the catalogue generation its reader was opened for, so a hit is always looked up in the
 * catalogue that was indexed, even while a reload swaps both; it also carries the facet ordinal state of its
 * reader, built once per refresh rather than per query.
 */
final class FacetedSearcher extends IndexSearcher {
  private final CatalogIndex.Generation generation;
  private final Optional<SortedSetDocValuesReaderState> facetState;

  private FacetedSearcher(IndexReader reader, CatalogIndex.Generation generation) throws IOException {
    super(reader);
    this.generation = generation;
    boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
    this.facetState = hasFacets
        ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, CatalogDocuments.FACETS))
        : Optional.empty();
  }

  /** The facet state, absent when no credential has been indexed. */
  Optional<SortedSetDocValuesReaderState> facetState() {
    return facetState;
  }

  /** The catalogue generation this searcher's documents were indexed from. */
  CatalogIndex.Generation generation() {
    return generation;
  }

  /** The catalogue record behind document {@code doc} of this searcher. */
  CatalogRecords.Entry record(int doc) {
    List<LeafReaderContext> leaves = getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    try {
      NumericDocValues order = leaf.reader().getNumericDocValues(CatalogDocuments.ORDER);
      if (order == null || !order.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("document " + doc + " has no " + CatalogDocuments.ORDER);
      }
      return generation.records().at((int) order.longValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a {@link FacetedSearcher} for each reader the {@code SearcherManager} opens, bound to the generation set last. */
  static final class Factory extends SearcherFactory {
    private volatile CatalogIndex.Generation next;

    Factory(CatalogIndex.Generation first) {
      this.next = first;
    }

    /** Binds the searchers opened from now on to {@code generation}: call after committing its documents, before refreshing. */
    void bind(CatalogIndex.Generation generation) {
      this.next = generation;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new FacetedSearcher(reader, next);
    }
  }
}
