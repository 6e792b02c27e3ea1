package io.credpath.advising;

import io.credpath.planner.Pathway;
import io.credpath.planner.PlanBasis;
import io.credpath.planner.PlanResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A plan as a learner was told it: the request (a {@code POST /api/v1/pathways} body, JSON), the whole answer (JSON, as
 * served), the taxonomy and rules it was computed with, who saved it and when, each pathway's totals, coverage and steps,
 * kept apart so that a re-plan can say what changed, and the gap it was planned for (what a cohort's demand report
 * counts). Plans saved before coverage and gaps were kept (schema V4) have no coverage and an empty gap.
 */
public record SavedPlan(String id, String learner, String target, PlanBasis basis, Instant created, String createdBy,
    String request, String response, List<SavedPathway> pathways, List<GapSkill> gap) {
  public SavedPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    pathways = List.copyOf(pathways);
    gap = List.copyOf(gap);
  }

  /** The gap of {@code result}, in its order, as a saved plan keeps it. */
  public static List<GapSkill> gapOf(PlanResult result) {
    return result.gap().stream().map(g -> new GapSkill(g.skill(), g.name(), g.importance(), g.kind(), g.coverable())).toList();
  }

  /** The pathways of {@code result}, in its order, as a saved plan keeps them. */
  public static List<SavedPathway> pathwaysOf(PlanResult result) {
    return result.pathways().stream().map(SavedPathway::of).toList();
  }

  /** This plan without its request, answer and steps. */
  public Summary summary() {
    return new Summary(id, learner, target, basis, created, createdBy);
  }

  /** A saved plan as listed. */
  public record Summary(String id, String learner, String target, PlanBasis basis, Instant created, String createdBy) {}

  /** One pathway as answered: its label, totals, coverage of the gap (none for plans saved before V4) and steps. */
  public record SavedPathway(String label, double cost, double hours, int weeks, OptionalDouble coverage, List<SavedStep> steps) {
    public SavedPathway {
      steps = List.copyOf(steps);
    }

    static SavedPathway of(Pathway p) {
      return new SavedPathway(p.label(), p.totals().cost(), p.totals().hours(), p.totals().weeks(), OptionalDouble.of(p.coverage()),
          p.steps().stream().map(s -> new SavedStep(s.credential(), s.title(), s.cost(), s.hours(), s.startWeek(), s.endWeek())).toList());
    }
  }

  /** One step as answered: the credential, its cost and hours then, and the weeks it was scheduled in. */
  public record SavedStep(String credential, String title, double cost, double hours, int startWeek, int endWeek) {}

  /** One item of the gap planned for: its skill (or item) id and name, importance, kind and whether the catalogue can close it. */
  public record GapSkill(String skill, String name, double importance, String kind, boolean coverable) {}
}
