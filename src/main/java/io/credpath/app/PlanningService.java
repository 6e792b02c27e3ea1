package io.credpath.app;

import io.credpath.catalog.CatalogScope;
import io.credpath.planner.Budget;
import io.credpath.planner.LadderFinder;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Planning;
import io.credpath.planner.TransitionFinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The API's planning calls answered by the planner for the caller's catalogue scope. */
final class PlanningService implements Planning {
  /** How many of the nearest occupations get a cheapest pathway planned (planning is the costly part). */
  static final int PLANNED_TRANSITIONS = 5;
  private final Supplier<CatalogGeneration> generation;
  private final Clock clock;

  PlanningService(Supplier<CatalogGeneration> generation, Clock clock) {
    this.generation = generation;
    this.clock = clock;
  }

  @Override
  public GapResult gap(PlanRequest request, CatalogScope scope) {
    PlanResult gap = generation.get().planner(scope).gap(request);
    return new GapResult(gap.target(), gap.gap());
  }

  @Override
  public PlanResult plan(PlanRequest request, CatalogScope scope) {
    return generation.get().planner(scope).plan(request);
  }

  @Override
  public Computed planComputed(PlanRequest request, CatalogScope scope) {
    CatalogGeneration g = generation.get();
    io.credpath.planner.PathwayPlanner planner = g.planner(scope);
    return new Computed(planner.plan(request), g.basis(), planner.catalog());
  }

  @Override
  public List<TransitionFinder.Transition> transitions(LearnerProfile profile, Budget budget, CatalogScope scope, int limit,
      boolean includeCatchAll) {
    return generation.get().transitions(scope, PLANNED_TRANSITIONS)
        .find(profile, budget, LocalDate.now(clock), limit, includeCatchAll);
  }

  @Override
  public LadderFinder.Answer ladders(LearnerProfile profile, String target, Budget budget, CatalogScope scope, int limit) {
    return generation.get().ladders(scope).find(profile, target, budget, LocalDate.now(clock), limit);
  }
}
