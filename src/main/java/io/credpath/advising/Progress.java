package io.credpath.advising;

import io.credpath.planner.Budget;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A saved plan's leading pathway as the learner has followed it up to {@code today}: each step with its status and the
 * date it is due, what the completed steps cost, the weeks gone since the plan's start, whether the learner is behind
 * schedule and by how much, and the rest of the plan computed again from today (the completed steps held, the budget
 * less what they cost and the weeks gone), with the request it was computed from. Nothing of the re-plan is stored.
 */
public record Progress(String plan, String learner, LocalDate startDate, LocalDate today, int weeksElapsed, List<Step> steps,
    double spent, Budget budgetLeft, Optional<Behind> behind, List<String> notes, PlanRequest remainingRequest,
    PlanResult remaining) {
  public Progress {
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  /**
   * One step of the leading pathway: its credential, cost and scheduled weeks, the last day of its last week
   * ({@code due}), its status with the date and evidence given, and whether it is past due and not completed.
   */
  public record Step(String credential, String title, double cost, int startWeek, int endWeek, LocalDate due, StepStatus status,
      Optional<LocalDate> date, Optional<String> evidenceUrl, boolean overdue) {}

  /**
   * Behind schedule: by how many weeks (the most overdue step's days past due, in weeks rounded up), the steps past due, and
   * the finish date planned and the one it moves to.
   */
  public record Behind(int weeks, List<String> overdueSteps, LocalDate plannedFinish, LocalDate newFinish) {
    public Behind {
      overdueSteps = List.copyOf(overdueSteps);
    }
  }
}
