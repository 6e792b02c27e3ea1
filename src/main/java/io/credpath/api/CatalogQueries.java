package io.credpath.api;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** What the API reads from the catalogue and its search index; implemented over {@code search} by the composition root. */
public interface CatalogQueries {

  /** The catalogue currently served (it changes on reload), for lookups by id. */
  Catalog catalog();

  /** The prerequisite graph of {@link #catalog()}, built once per catalogue generation by the composition root. */
  default io.credpath.graph.CredentialGraph graph() {
    return new io.credpath.graph.CredentialGraph(catalog());
  }

  /** Occupations matching free text (title, alternate titles), best first. */
  List<Occupation> occupations(String text, int limit);

  /** Skills matching free text (name, aliases), best first. */
  List<Skill> skills(String text, int limit);

  /** One page of credentials matching the query within its scope, with facet counts over all matches. */
  CredentialPage credentials(CredentialQuery query);

  /** Typo-tolerant completions over occupations, skills and credentials (the latter within {@code scope}). */
  List<Suggestion> suggest(String prefix, CatalogScope scope, int limit);

  /** How credential results are ordered. */
  enum Sort { RELEVANCE, COST, HOURS, RATING }

  /** A credential search: free text, filters (empty = any), sort, a 0-based page, and the caller's catalogue scope. */
  record CredentialQuery(String text, Set<CredentialType> types, Set<String> providers, Set<Delivery> delivery,
      Set<Integer> levels, OptionalDouble maxCost, OptionalDouble maxHours, Optional<String> skill, Sort sort,
      int page, int size, CatalogScope scope) {
    public CredentialQuery {
      Objects.requireNonNull(text, "text");
      types = Set.copyOf(types);
      providers = Set.copyOf(providers);
      delivery = Set.copyOf(delivery);
      levels = Set.copyOf(levels);
      Objects.requireNonNull(sort, "sort");
      if (page < 0) throw new IllegalArgumentException("page must not be negative: " + page);
      if (size < 1 || size > 100) throw new IllegalArgumentException("size must be 1..100: " + size);
      Objects.requireNonNull(scope, "scope");
    }

    /** Whether a credential passes every filter except the free text (for fakes and post-filtering). */
    public boolean filters(Credential c) {
      return scope.allows(c) && (types.isEmpty() || types.contains(c.type())) && (providers.isEmpty() || providers.contains(c.provider()))
          && (delivery.isEmpty() || delivery.contains(c.delivery())) && (levels.isEmpty() || levels.contains(c.level()))
          && (maxCost.isEmpty() || c.cost().total() <= maxCost.getAsDouble())
          && (maxHours.isEmpty() || c.hours() <= maxHours.getAsDouble()) && (skill.isEmpty() || c.levelOf(skill.get()) > 0);
    }
  }

  /** One page of results: {@code total} counts all matches; facets count them by field. */
  record CredentialPage(List<CredentialHit> hits, long total, Facets facets) {
    public CredentialPage {
      hits = List.copyOf(hits);
    }
  }

  /** One credential in a result list. */
  record CredentialHit(String id, String title, CredentialType type, String provider, double cost, double hours,
      OptionalDouble rating, int level) {
    /** The hit for a catalogue credential. */
    public static CredentialHit of(Credential c) {
      return new CredentialHit(c.id(), c.title(), c.type(), c.provider(), c.cost().total(), c.hours(), c.rating(), c.level());
    }
  }

  /** Match counts by type, provider, delivery, level and cost range (e.g. {@code 0-50}, {@code 1000+}). */
  record Facets(List<FacetCount> type, List<FacetCount> provider, List<FacetCount> delivery, List<FacetCount> level,
      List<FacetCount> cost) {
    public Facets {
      type = List.copyOf(type);
      provider = List.copyOf(provider);
      delivery = List.copyOf(delivery);
      level = List.copyOf(level);
      cost = List.copyOf(cost);
    }
  }

  /** How many matches have {@code value}. */
  record FacetCount(String value, long count) {}

  /** One completion: {@code kind} is {@code occupation}, {@code skill} or {@code credential}. */
  record Suggestion(String kind, String id, String label) {}
}
