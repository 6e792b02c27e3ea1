package io.credpath.advising;

import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a saved plan's leading pathway against the steps' statuses on {@code today}: week {@code w} of a plan starting on
 * day {@code s} runs from {@code s + 7(w-1)} to {@code s + 7w - 1}, so a step is due on the last day of its last week and
 * is overdue from the day after, unless completed or abandoned.
 */
final class ProgressReport {
  private final SavedPlan plan;
  private final PlanRequest asked;
  private final Map<String, StepProgress> statuses;
  private final LocalDate today;
  private final List<Progress.Step> steps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ProgressReport(SavedPlan plan, PlanRequest asked, List<StepProgress> statuses, LocalDate today) {
    this.plan = plan;
    this.asked = asked;
    this.statuses = statuses.stream().collect(Collectors.toMap(StepProgress::credential, Function.identity()));
    this.today = today;
    for (SavedPlan.SavedStep s : leadingSteps()) {
      Optional<StepProgress> p = Optional.ofNullable(this.statuses.get(s.credential()));
      StepStatus status = p.map(StepProgress::status).orElse(StepStatus.PLANNED);
      LocalDate due = day(s.endWeek());
      boolean overdue = today.isAfter(due) && status != StepStatus.COMPLETED && status != StepStatus.ABANDONED;
      steps.add(new Progress.Step(s.credential(), s.title(), s.cost(), s.startWeek(), s.endWeek(), due, status,
          p.map(StepProgress::date), p.flatMap(StepProgress::evidenceUrl), overdue));
    }
  }

  List<Progress.Step> steps() {
    return steps;
  }

  /** Whole weeks from the plan's start to today (0 before it starts). */
  int weeksElapsed() {
    return (int) Math.max(0, ChronoUnit.DAYS.between(asked.startDate(), today) / 7);
  }

  /** What the completed steps cost, as the plan priced them. */
  double spent() {
    return completed().stream().mapToDouble(SavedPlan.SavedStep::cost).sum();
  }

  Optional<Progress.Behind> behind() {
    List<Progress.Step> late = steps.stream().filter(Progress.Step::overdue).toList();
    if (late.isEmpty()) return Optional.empty();
    long days = late.stream().mapToLong(s -> ChronoUnit.DAYS.between(s.due(), today)).max().orElse(0);
    int weeks = (int) ((days + 6) / 7);
    int planned = plan.pathways().get(0).weeks();
    LocalDate finish = day(Math.max(planned, steps.stream().mapToInt(Progress.Step::endWeek).max().orElse(0)));
    return Optional.of(new Progress.Behind(weeks, late.stream().map(Progress.Step::credential).toList(), finish, finish.plusWeeks(weeks)));
  }

  /**
   * The request for the rest of the plan: the same target and preferences from today, the completed steps held, the cost
   * budget less what they cost, the hours budget less their hours, and the weeks budget less the weeks gone.
   */
  PlanRequest remaining() {
    Set<String> held = new LinkedHashSet<>(asked.profile().heldCredentials());
    completed().forEach(s -> held.add(s.credential()));
    LearnerProfile p = asked.profile();
    LearnerProfile profile = new LearnerProfile(List.copyOf(held), p.heldSkills(), p.experienceYears(), p.currentOccupation(), p.education());
    Budget b = asked.budget();
    double hours = completed().stream().mapToDouble(SavedPlan.SavedStep::hours).sum();
    OptionalDouble cost = b.maxCost().isPresent() ? OptionalDouble.of(Math.max(0, b.maxCost().getAsDouble() - spent())) : b.maxCost();
    OptionalDouble maxHours = b.maxHours().isPresent() ? OptionalDouble.of(Math.max(0, b.maxHours().getAsDouble() - hours)) : b.maxHours();
    OptionalInt weeks = b.maxWeeks();
    if (weeks.isPresent()) {
      int left = weeks.getAsInt() - weeksElapsed();
      if (left < 1) notes.add("the " + weeks.getAsInt() + " weeks of the budget are gone (" + weeksElapsed()
          + " since the plan's start); the rest is planned within one more week");
      weeks = OptionalInt.of(Math.max(1, left));
    }
    if (cost.isPresent() && cost.getAsDouble() == 0 && b.maxCost().getAsDouble() > 0) notes.add("the cost budget is spent");
    Budget left = new Budget(cost, b.currency(), maxHours, weeks, b.hoursPerWeek());
    return new PlanRequest(asked.target(), profile, left, asked.preferences(), asked.tenant(), today);
  }

  List<String> notes() {
    return notes;
  }

  private List<SavedPlan.SavedStep> completed() {
    return leadingSteps().stream().filter(s -> statusOf(s.credential()) == StepStatus.COMPLETED).toList();
  }

  private StepStatus statusOf(String credential) {
    StepProgress p = statuses.get(credential);
    return p == null ? StepStatus.PLANNED : p.status();
  }

  private List<SavedPlan.SavedStep> leadingSteps() {
    return plan.pathways().isEmpty() ? List.of() : plan.pathways().get(0).steps();
  }

  /** The last day of week {@code week} (1-based) of the plan. */
  private LocalDate day(int week) {
    return asked.startDate().plusDays(7L * week - 1);
  }
}
