package io.credpath.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** A searcher that carries the facet ordinal state of its reader, built once per refresh rather than per query. */
final class FacetedSearcher extends IndexSearcher {
  private final Optional<SortedSetDocValuesReaderState> facetState;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
    this.facetState = hasFacets
        ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, CatalogDocuments.FACETS))
        : Optional.empty();
  }

  /** The facet state, absent when no credential has been indexed. */
  Optional<SortedSetDocValuesReaderState> facetState() {
    return facetState;
  }

  /** Makes a {@link FacetedSearcher} for each reader the {@code SearcherManager} opens. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new FacetedSearcher(reader);
    }
  }
}
