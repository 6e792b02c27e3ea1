package io.credpath.search;

import java.util.List;
import java.util.Map;

/**
 * One page of credential results, the total number of matches, and facet counts over all matches keyed by
 * dimension ({@code type, provider, delivery, level, cost}); values are sorted by count, then label.
 */
public record CredentialResults(long totalHits, List<CredentialHit> hits, Map<String, List<FacetValue>> facets) {
  public CredentialResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** No matches and no facet counts. */
  public static CredentialResults empty() {
    return new CredentialResults(0, List.of(), Map.of());
  }

  /** The facet counts of one dimension as label → count, empty when the dimension has no values among the matches. */
  public Map<String, Long> counts(String dimension) {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    facets.getOrDefault(dimension, List.of()).forEach(v -> m.put(v.label(), v.count()));
    return m;
  }
}
