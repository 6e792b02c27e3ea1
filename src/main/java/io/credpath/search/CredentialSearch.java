package io.credpath.search;

import io.credpath.catalog.Credential;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/** Full-text credential search with filters, facets, sorting and pagination over a {@link CatalogIndex}. */
public final class CredentialSearch {
  /**
   * Title matters most, then the skills taught and the kind of credential when it is named ("google certificate"),
   * then who offers it, then the description.
   */
  static final Map<String, Float> BOOSTS = Map.of(CatalogDocuments.NAME, 3f, CatalogDocuments.SKILL_TEXT, 2f,
      CatalogDocuments.TYPE_TEXT, 2f, CatalogDocuments.PROVIDER_TEXT, 1.5f, CatalogDocuments.DESCRIPTION, 1f);
  /** Cost bands: free, under 50, 50 to under 200, 200 to under 500, 500 and over. */
  static final DoubleRange[] COST_RANGES = {
      new DoubleRange("free", 0, true, 0, true),
      new DoubleRange("under-50", 0, false, 50, false),
      new DoubleRange("50-200", 50, true, 200, false),
      new DoubleRange("200-500", 200, true, 500, false),
      new DoubleRange("500+", 500, true, Double.POSITIVE_INFINITY, true)};
  static final List<String> DIMENSIONS = List.of(CatalogDocuments.TYPE, CatalogDocuments.PROVIDER,
      CatalogDocuments.DELIVERY, CatalogDocuments.LEVEL);

  private final CatalogIndex index;

  public CredentialSearch(CatalogIndex index) {
    this.index = index;
  }

  /** The page of credentials matching {@code q}, the total match count and facet counts over all matches. */
  public CredentialResults search(CredentialQuery q) {
    return index.withSearcher((searcher, generation) -> {
      Optional<Query> text = q.text().isBlank()
          ? Optional.of(new MatchAllDocsQuery())
          : generation.text().over(q.text(), BOOSTS, Optional.of(CatalogDocuments.ALL), searcher.getIndexReader());
      if (text.isEmpty()) return CredentialResults.empty();
      Query query = CredentialFilters.apply(text.get(), q);
      int window = (q.page() + 1) * q.size();
      // No doc scores: a hit carries none, and computing them apart from the sort would run the whole query a second
      // time (TopFieldCollector.populateScores).
      FacetsCollectorManager.FacetsResult r =
          FacetsCollectorManager.search(searcher, query, window, sort(q.sort()), false, new FacetsCollectorManager());
      return new CredentialResults(page(searcher, r.topDocs(), q), total(r.facetsCollector()), facets(searcher, r.facetsCollector()));
    });
  }

  static Sort sort(SortOrder order) {
    SortField byId = new SortField(CatalogDocuments.ORDER, SortField.Type.LONG);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case COST -> new Sort(new SortField(CatalogDocuments.COST, SortField.Type.DOUBLE), byId);
      case HOURS -> new Sort(new SortField(CatalogDocuments.HOURS, SortField.Type.DOUBLE), byId);
      case RATING -> {
        SortField rating = new SortField(CatalogDocuments.RATING, SortField.Type.DOUBLE, true);
        rating.setMissingValue(Double.NEGATIVE_INFINITY);
        yield new Sort(rating, byId);
      }
    };
  }

  private static long total(FacetsCollector fc) {
    return fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
  }

  private static List<CredentialHit> page(FacetedSearcher searcher, TopDocs top, CredentialQuery q) throws IOException {
    List<CredentialHit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = q.page() * q.size(); i < docs.length; i++) {
      CatalogRecords.Entry record = searcher.record(docs[i].doc);
      Credential c = record.credential()
          .orElseThrow(() -> new IllegalStateException("credential search matched " + record.kind() + " " + record.id()));
      hits.add(CredentialHit.of(c));
    }
    return hits;
  }

  private static CredentialResults.Facets facets(FacetedSearcher searcher, FacetsCollector fc) throws IOException {
    Map<String, List<FacetValue>> out = new HashMap<>();
    if (searcher.facetState().isPresent() && total(fc) > 0) {
      Facets counts = new SortedSetDocValuesFacetCounts(searcher.facetState().get(), fc);
      for (String dim : DIMENSIONS) {
        out.put(dim, values(searcher.facetState().get().getOrdRange(dim) == null ? null : counts.getAllChildren(dim)));
      }
    }
    Facets costs = new DoubleRangeFacetCounts(CatalogDocuments.COST, fc, COST_RANGES);
    return new CredentialResults.Facets(out.getOrDefault(CatalogDocuments.TYPE, List.of()),
        out.getOrDefault(CatalogDocuments.PROVIDER, List.of()), out.getOrDefault(CatalogDocuments.DELIVERY, List.of()),
        out.getOrDefault(CatalogDocuments.LEVEL, List.of()), values(costs.getAllChildren(CatalogDocuments.COST)));
  }

  private static List<FacetValue> values(FacetResult result) {
    if (result == null) return List.of();
    List<FacetValue> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) values.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values;
  }
}
