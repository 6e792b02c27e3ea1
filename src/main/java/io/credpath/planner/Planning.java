package io.credpath.planner;

import io.credpath.catalog.CatalogScope;
import java.util.List;

/**
 * What the API asks of the planner (the planner's port; the composition root answers it with the planners of the catalogue
 * generation it serves). {@code scope} carries the tenant's catalogue restriction; the request's
 * {@code tenant()} is the same tenant, for its rule overlay. Unknown ids throw {@link io.credpath.catalog.UnknownIdException}.
 */
public interface Planning {

  /** The target's skills the learner lacks, with levels and importance. */
  GapResult gap(PlanRequest request, CatalogScope scope);

  /** Ranked, explained, scheduled pathways to the target within the budget. */
  PlanResult plan(PlanRequest request, CatalogScope scope);

  /**
   * What {@link #plan} answers, with the taxonomy and rules it was computed with and the catalogue (of {@code scope}) it
   * was computed on, all of one catalogue generation.
   */
  Computed planComputed(PlanRequest request, CatalogScope scope);

  /**
   * The occupations nearest to the learner's current job (or, without one, to what they hold), each with what it would
   * take to get there; catch-all codes and occupations without requirements only when {@code includeCatchAll}.
   */
  List<TransitionFinder.Transition> transitions(LearnerProfile profile, Budget budget, CatalogScope scope, int limit,
      boolean includeCatchAll);

  /**
   * Career ladders from the learner's current job (the profile names it) to {@code target}: the direct move, whether the
   * target is far and why, and up to {@code limit} ladders through one or two jobs in between, each move planned within
   * the budget.
   */
  LadderFinder.Answer ladders(LearnerProfile profile, String target, Budget budget, CatalogScope scope, int limit);

  /** An answer, what it was computed with, and the catalogue it was computed on (to explain it against). */
  record Computed(PlanResult result, PlanBasis basis, io.credpath.catalog.Catalog catalog) {
    public Computed {
      java.util.Objects.requireNonNull(result, "result");
      java.util.Objects.requireNonNull(basis, "basis");
      java.util.Objects.requireNonNull(catalog, "catalog");
    }
  }

  /** The gap for one target. */
  record GapResult(PlanResult.Target target, List<PlanResult.GapItem> gap) {
    public GapResult {
      gap = List.copyOf(gap);
    }
  }

}
