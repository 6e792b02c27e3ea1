package io.credpath.app;

import io.credpath.api.CatalogQueries;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.search.CredentialResults;
import io.credpath.search.FacetValue;
import io.credpath.search.SortOrder;
import io.credpath.search.TaxonomyHit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The API's catalogue queries answered by the search index of the catalogue generation currently served. */
final class CatalogService implements CatalogQueries {
  private final Supplier<CatalogGeneration> generation;

  CatalogService(Supplier<CatalogGeneration> generation) {
    this.generation = generation;
  }

  @Override
  public Catalog catalog() {
    return generation.get().catalog();
  }

  @Override
  public io.credpath.graph.CredentialGraph graph() {
    return generation.get().graph();
  }

  @Override
  public List<Occupation> occupations(String text, int limit) {
    CatalogGeneration d = generation.get();
    return d.taxonomySearch().occupations(text, limit).stream().map(TaxonomyHit::id).map(d.catalog()::findOccupation)
        .flatMap(Optional::stream).toList();
  }

  @Override
  public List<Skill> skills(String text, int limit) {
    CatalogGeneration d = generation.get();
    return d.taxonomySearch().skills(text, limit).stream().map(TaxonomyHit::id).map(d.catalog()::findSkill)
        .flatMap(Optional::stream).toList();
  }

  @Override
  public CredentialPage credentials(CredentialQuery q) {
    io.credpath.search.CredentialQuery query = new io.credpath.search.CredentialQuery(q.text(), q.types(), q.providers(),
        q.delivery(), q.levels(), Optional.empty(), q.maxCost(), q.maxHours(), q.skill().map(Set::of).orElse(Set.of()),
        q.scope(), false, sortOrder(q.sort()), q.page(), q.size());
    CredentialResults r = generation.get().credentialSearch().search(query);
    List<CredentialHit> hits = r.hits().stream()
        .map(h -> new CredentialHit(h.id(), h.title(), h.type(), h.provider(), h.cost(), h.hours(), h.rating(), h.level()))
        .toList();
    return new CredentialPage(hits, r.totalHits(), new Facets(facet(r, "type"), facet(r, "provider"), facet(r, "delivery"),
        facet(r, "level"), facet(r, "cost")));
  }

  @Override
  public List<Suggestion> suggest(String prefix, CatalogScope scope, int limit) {
    return generation.get().autocomplete().suggest(prefix, limit, scope).stream()
        .map(s -> new Suggestion(s.kind().name().toLowerCase(java.util.Locale.ROOT), s.id(), s.label()))
        .toList();
  }

  private static SortOrder sortOrder(Sort sort) {
    switch (sort) {
      case COST: return SortOrder.COST;
      case HOURS: return SortOrder.HOURS;
      case RATING: return SortOrder.RATING;
      default: return SortOrder.RELEVANCE;
    }
  }

  private static List<FacetCount> facet(CredentialResults r, String dimension) {
    Map<String, List<FacetValue>> facets = r.facets();
    return facets.getOrDefault(dimension, List.of()).stream().map(v -> new FacetCount(v.label(), v.count())).toList();
  }
}
