package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.graph.CredentialGraph;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The catalogue queries of one catalogue generation, answered by its {@link CatalogIndex}. */
public final class IndexedCatalog implements CatalogQueries {
  private final Catalog catalog;
  private final CatalogIndex index;
  private final Supplier<CredentialGraph> graph;

  /** {@code graph} gives the prerequisite graph of {@code catalog} (built once by whoever owns the generation). */
  public IndexedCatalog(Catalog catalog, CatalogIndex index, Supplier<CredentialGraph> graph) {
    this.catalog = catalog;
    this.index = index;
    this.graph = graph;
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  @Override
  public CredentialGraph graph() {
    return graph.get();
  }

  @Override
  public List<Occupation> occupations(String text, int limit) {
    return new TaxonomySearch(index).occupations(text, limit).stream().map(TaxonomyHit::id).map(catalog::findOccupation)
        .flatMap(Optional::stream).toList();
  }

  @Override
  public List<Skill> skills(String text, int limit) {
    return new TaxonomySearch(index).skills(text, limit).stream().map(TaxonomyHit::id).map(catalog::findSkill)
        .flatMap(Optional::stream).toList();
  }

  @Override
  public CredentialResults credentials(CredentialQuery query) {
    return new CredentialSearch(index).search(query);
  }

  @Override
  public List<Completion> suggest(String prefix, CatalogScope scope, int limit) {
    return new Autocomplete(index).suggest(prefix, limit, scope);
  }
}
