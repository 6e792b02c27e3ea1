package io.credpath.app;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.planner.LadderFinder;
import io.credpath.planner.OccupationSimilarity;
import io.credpath.planner.PathwayPlanner;
import io.credpath.planner.PlanningThreads;
import io.credpath.planner.TransitionFinder;
import io.credpath.rules.DroolsPathwayRules;
import io.credpath.rules.RuleBase;
import io.credpath.search.Autocomplete;
import io.credpath.search.CatalogIndex;
import io.credpath.search.CredentialSearch;
import io.credpath.search.IndexedCatalog;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One consistent generation of everything built from a loaded catalogue: the search
 * views over the shared index, and a planner per catalogue scope (a tenant's restriction gets its own
 * restricted catalogue, built on first use). A reload builds a new CatalogGeneration and swaps it in whole.
 */
final class CatalogGeneration {
  private final Catalog catalog;
  private final Optional<CatalogIndex> index;
  private final RuleBase rules;
  private final Clock clock;
  private final io.credpath.planner.PlanBasis basis;
  private final PlanningThreads threads;
  private final Map<CatalogScope, PathwayPlanner> planners = new ConcurrentHashMap<>();
  private final Map<FinderKey, TransitionFinder> finders = new ConcurrentHashMap<>();
  private final Map<CatalogScope, LadderFinder> ladders = new ConcurrentHashMap<>();
  private OccupationSimilarity similarity;
  private io.credpath.graph.CredentialGraph graph;

  /** The loader of the taxonomy in {@code dir}, its prerequisite loops found over the credential graph. */
  static io.credpath.catalog.TaxonomyLoader loader(java.nio.file.Path dir) {
    return new io.credpath.catalog.TaxonomyLoader(dir, io.credpath.graph.PrerequisiteCycles.FINDER);
  }

  /**
   * {@code index} is empty for command-line planning, which needs no search; {@code basis} names the taxonomy files and
   * rules this generation was built from; transitions and ladders plan a request's moves side by side on {@code threads}
   * (the application's, shared by every generation).
   */
  CatalogGeneration(Catalog catalog, Optional<CatalogIndex> index, RuleBase rules, Clock clock, io.credpath.planner.PlanBasis basis,
      PlanningThreads threads) {
    this.catalog = catalog;
    this.index = index;
    this.rules = rules;
    this.clock = clock;
    this.basis = basis;
    this.threads = threads;
  }

  /** The threads this generation's transitions and ladders plan side by side on. */
  PlanningThreads planningThreads() {
    return threads;
  }

  Catalog catalog() { return catalog; }
  /** The taxonomy fingerprint and rules version this generation plans with. */
  io.credpath.planner.PlanBasis basis() { return basis; }
  /** The gap policy the rules directory states ({@code rules/gap-policy.json}). */
  io.credpath.planner.NeedPolicy gapPolicy() { return rules.gapPolicy(); }
  CredentialSearch credentialSearch() { return new CredentialSearch(searchIndex()); }
  Autocomplete autocomplete() { return new Autocomplete(searchIndex()); }
  /** The catalogue queries of this generation, over its search index and prerequisite graph. */
  IndexedCatalog queries() { return new IndexedCatalog(catalog, searchIndex(), this::graph); }

  private CatalogIndex searchIndex() {
    return index.orElseThrow(() -> new IllegalStateException("the search index was not loaded"));
  }

  /**
   * Nearest-occupation search over this scope, planning the cheapest pathway for the top {@code planned}; one finder per
   * scope and planned count, so what it has planned is remembered for this catalogue generation.
   */
  TransitionFinder transitions(CatalogScope scope, int planned) {
    return finders.computeIfAbsent(new FinderKey(scope.withoutTenant(), planned), k -> {
      PathwayPlanner planner = planner(k.scope());
      return new TransitionFinder(planner.catalog(), planner, rules.gapPolicy(), similarity(), k.planned(), threads);
    });
  }

  /** Career ladders over this scope's planner; one per scope, so what it has planned is remembered for this generation. */
  LadderFinder ladders(CatalogScope scope) {
    return ladders.computeIfAbsent(scope.withoutTenant(), k -> {
      PathwayPlanner planner = planner(k);
      return new LadderFinder(planner.catalog(), planner, similarity(), io.credpath.graph.OccupationLadders.FINDER, threads);
    });
  }

  /** The prerequisite graph of this catalogue, built on first use. */
  io.credpath.graph.CredentialGraph graph() {
    synchronized (this) {
      if (graph == null) graph = new io.credpath.graph.CredentialGraph(catalog);
      return graph;
    }
  }

  /** The occupation similarity measure over this catalogue, built on first use. */
  OccupationSimilarity similarity() {
    synchronized (this) {
      if (similarity == null) similarity = new OccupationSimilarity(catalog, OccupationSimilarity.Weights.DEFAULT);
      return similarity;
    }
  }

  private record FinderKey(CatalogScope scope, int planned) {}

  /** The planner over the part of the catalogue this scope may see. */
  PathwayPlanner planner(CatalogScope scope) {
    return planners.computeIfAbsent(scope.withoutTenant(), k -> {
      Catalog visible = k.isEverything() ? catalog : catalog.restrictedTo(k::allows);
      return new PathwayPlanner(visible, new DroolsPathwayRules(rules, visible), rules.gapPolicy(), clock);
    });
  }
}
