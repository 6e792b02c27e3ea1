package io.credpath.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of credential results, the total number of matches ({@code total}), and facet counts over all matches; facet
 * values are sorted by count, then value.
 */
public record CredentialResults(List<CredentialHit> hits, long total, Facets facets) {
  public CredentialResults {
    hits = List.copyOf(hits);
  }

  /** No matches and no facet counts. */
  public static CredentialResults empty() {
    return new CredentialResults(List.of(), 0, Facets.NONE);
  }

  /**
   * The facet counts of one dimension as value → count, empty when the dimension has no values among the matches
   * (package-private, as {@link Facets#of}: public methods would enter the OpenAPI schema as properties).
   */
  Map<String, Long> counts(String dimension) {
    Map<String, Long> m = new LinkedHashMap<>();
    facets.of(dimension).forEach(v -> m.put(v.value(), v.count()));
    return m;
  }

  /** Match counts by type, provider, delivery, level and cost band (e.g. {@code under-50}, {@code 500+}). */
  public record Facets(List<FacetValue> type, List<FacetValue> provider, List<FacetValue> delivery, List<FacetValue> level,
      List<FacetValue> cost) {
    /** No counts in any dimension. */
    public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

    public Facets {
      type = List.copyOf(type);
      provider = List.copyOf(provider);
      delivery = List.copyOf(delivery);
      level = List.copyOf(level);
      cost = List.copyOf(cost);
    }

    /** The counts of {@code dimension} ({@code type, provider, delivery, level, cost}). */
    List<FacetValue> of(String dimension) {
      return switch (dimension) {
        case "type" -> type;
        case "provider" -> provider;
        case "delivery" -> delivery;
        case "level" -> level;
        case "cost" -> cost;
        default -> throw new IllegalArgumentException("no such facet dimension: " + dimension);
      };
    }
  }
}
