package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.graph.CredentialGraph;
import java.util.List;

/**
 * What the API reads from the catalogue and its search index, in this package's own records; {@link IndexedCatalog}
 * answers it over a {@link CatalogIndex} (a fake answers it in API tests).
 */
public interface CatalogQueries {

  /** The catalogue currently served (it changes on reload), for lookups by id. */
  Catalog catalog();

  /** The prerequisite graph of {@link #catalog()}. */
  default CredentialGraph graph() {
    return new CredentialGraph(catalog());
  }

  /** Occupations matching free text (title, alternate titles), best first. */
  List<Occupation> occupations(String text, int limit);

  /** Skills matching free text (name, aliases), best first. */
  List<Skill> skills(String text, int limit);

  /** One page of credentials matching the query within its scope, with facet counts over all matches. */
  CredentialResults credentials(CredentialQuery query);

  /** Typo-tolerant completions over occupations, skills and credentials (the latter within {@code scope}). */
  List<Completion> suggest(String prefix, CatalogScope scope, int limit);
}
