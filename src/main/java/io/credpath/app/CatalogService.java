package io.credpath.app;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.graph.CredentialGraph;
import io.credpath.search.CatalogQueries;
import io.credpath.search.Completion;
import io.credpath.search.CredentialQuery;
import io.credpath.search.CredentialResults;
import java.util.List;
import java.util.function.Supplier;

/** The catalogue queries of the catalogue generation currently served: each call goes to the generation live at that moment. */
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
  public CredentialGraph graph() {
    return generation.get().graph();
  }

  @Override
  public List<Occupation> occupations(String text, int limit) {
    return generation.get().queries().occupations(text, limit);
  }

  @Override
  public List<Skill> skills(String text, int limit) {
    return generation.get().queries().skills(text, limit);
  }

  @Override
  public CredentialResults credentials(CredentialQuery query) {
    return generation.get().queries().credentials(query);
  }

  @Override
  public List<Completion> suggest(String prefix, CatalogScope scope, int limit) {
    return generation.get().queries().suggest(prefix, scope, limit);
  }
}
