package io.credpath.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The optimiser's input in array form: candidates with integer cost (cents), hours (hundredths), minimum weeks (at
 * least 1), recognition weight (thousandths), the needs they close as a bit mask, their prerequisite as a
 * {@link Formula} over candidate indices and the candidates a solution never holds beside them; needs with integer
 * importance (thousandths), which of them to close ({@code coverable}) and whose closer's recognition counts
 * ({@code scored}); and the budget. The planner builds it from credentials and reads solutions back by index; nothing
 * here knows what a candidate or a need stands for.
 */
public final class SearchProblem {
  /**
   * No pathway is planned beyond this many weeks (ten years), which also bounds how deep the search's prerequisite
   * chains can recurse.
   */
  public static final int MAX_WEEKS = 520;

  public final int n;
  public final long[] cost;
  public final long[] hours;
  public final int[] weeks;
  public final long[] weight;
  public final long[] covers;
  public final Formula[] requires;
  /** Each candidate's alternatives, which a solution never holds beside it. */
  public final int[][] conflicts;
  /** Each candidate's earliest finish week when every candidate may be taken; {@link Formula#NEVER} if never. */
  public final int[] earliest;
  public final long[] importance;
  /** The needs a solution is to close: those some candidate could close, as the caller counts them. */
  public final long coverable;
  /** The needs whose closer's recognition weight counts toward the recognition score. */
  public final long scored;
  /** Each need's closers that can finish at all, cheapest first (then fewest hours, then index). */
  public final int[][] coverers;
  public final long maxCost;
  public final long maxHours;
  public final int maxWeeks;
  /**
   * No valid set's critical path exceeds every candidate in sequence, so due weeks never need to be later; nor is a
   * pathway planned beyond {@value #MAX_WEEKS} weeks.
   */
  public final int latestDue;
  public final double hoursPerWeek;

  /**
   * A problem over the candidates' columns (one entry per candidate, all of the same length) and the needs'
   * {@code importance} (at most 64 needs); {@code limits} is the budget in the problem's units.
   */
  public SearchProblem(long[] cost, long[] hours, int[] weeks, long[] weight, long[] covers, Formula[] requires,
      int[][] conflicts, long[] importance, long coverable, long scored, Limits limits) {
    n = cost.length;
    if (hours.length != n || weeks.length != n || weight.length != n || covers.length != n || requires.length != n
        || conflicts.length != n) {
      throw new IllegalArgumentException("every candidate column must have " + n + " entries");
    }
    if (importance.length > 64) throw new IllegalArgumentException("at most 64 needs fit the optimiser: " + importance.length);
    this.cost = cost;
    this.hours = hours;
    this.weeks = weeks;
    this.weight = weight;
    this.covers = covers;
    this.requires = requires;
    this.conflicts = conflicts;
    this.importance = importance;
    this.coverable = coverable;
    this.scored = scored;
    earliest = Formula.earliestFinish(requires, weeks);
    coverers = new int[importance.length][];
    for (int g = 0; g < importance.length; g++) {
      List<Integer> who = new ArrayList<>();
      for (int i = 0; i < n; i++) if ((covers[i] & (1L << g)) != 0 && earliest[i] < Formula.NEVER) who.add(i);
      who.sort(Comparator.<Integer>comparingLong(i -> cost[i]).thenComparingLong(i -> hours[i]).thenComparingInt(i -> i));
      coverers[g] = who.stream().mapToInt(Integer::intValue).toArray();
    }
    maxCost = limits.maxCost();
    maxHours = limits.maxHours();
    maxWeeks = limits.maxWeeks();
    hoursPerWeek = limits.hoursPerWeek();
    int allInSequence = 0;
    for (int w : weeks) allInSequence += w;
    latestDue = Math.max(1, Math.min(MAX_WEEKS, allInSequence));
  }

  /**
   * The budget in the problem's units: cost in cents, hours in hundredths, weeks, and the learner's hours per week
   * (which turn a set's hours into weeks).
   */
  public record Limits(long maxCost, long maxHours, int maxWeeks, double hoursPerWeek) {}

  /**
   * The needs some candidate can close, ignoring the budget: those closed by a candidate whose prerequisites can be met
   * at all (the {@code coverable} a problem over these columns usually takes).
   */
  public static long closable(long[] covers, Formula[] requires, int[] weeks) {
    int[] earliest = Formula.earliestFinish(requires, weeks);
    long out = 0;
    for (int i = 0; i < covers.length; i++) if (earliest[i] < Formula.NEVER) out |= covers[i];
    return out;
  }

  /** Whole weeks needed for {@code hundredthsOfHours} at the learner's pace. */
  public int weeksFor(long hundredthsOfHours) {
    return (int) Math.ceil(hundredthsOfHours / (100.0 * hoursPerWeek) - 1e-9);
  }
}
