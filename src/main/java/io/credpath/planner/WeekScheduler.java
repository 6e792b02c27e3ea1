package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Schedules credentials week by week under an hours-per-week cap: each credential runs for at least its
 * minimum weeks (at least one) with its hours spread evenly over its weeks; it starts only after the
 * credentials its prerequisites need have finished (so dependants follow prerequisites), and, when it lists
 * cohort sessions, only in a week a session starts (week 1 is the week of the start date). Each week the
 * startable credentials are taken longest-first and each gets the shortest duration whose even weekly load
 * fits the spare hours of its weeks, so several run in parallel when their loads fit together. A credential
 * that cannot fit within twice its natural length waits for capacity.
 */
public final class WeekScheduler {
  private static final int HORIZON = 1040;
  private final List<Credential> credentials;
  private final Holdings held;
  private final double hoursPerWeek;
  private final LocalDate start;

  public WeekScheduler(List<Credential> credentials, Holdings held, double hoursPerWeek, LocalDate start) {
    this.credentials = List.copyOf(credentials);
    this.held = held;
    this.hoursPerWeek = hoursPerWeek;
    this.start = start;
  }

  /** One scheduled credential: weeks {@code startWeek..endWeek} (1-based, inclusive) at {@code weeklyHours}. */
  public record Slot(Credential credential, int startWeek, int endWeek, double weeklyHours) {}

  /** The schedule: slots in a prerequisite-respecting order, its length in weeks, and any warnings. */
  public record Schedule(List<Slot> slots, int weeks, List<Reason> warnings) {
    public Schedule {
      slots = List.copyOf(slots);
      warnings = List.copyOf(warnings);
    }
  }

  /** Builds the schedule. */
  public Schedule schedule() {
    List<Reason> warnings = new ArrayList<>();
    List<Credential> waiting = new ArrayList<>(credentials);
    waiting.sort(Comparator.comparingInt((Credential c) -> -minWeeks(c)).thenComparingDouble(c -> -c.hours())
        .thenComparing(Credential::id));
    List<Set<Integer>> cohorts = new ArrayList<>();
    for (Credential c : waiting) cohorts.add(cohortWeeks(c, warnings));
    double[] load = new double[HORIZON + 600];
    List<Slot> slots = new ArrayList<>();
    Holdings done = held;
    int doneCount = 0;
    for (int week = 1; week <= HORIZON && !waiting.isEmpty(); week++) {
      int finished = finishedBefore(week, slots);
      if (finished != doneCount) {
        // Slots only ever end after the week they start in, so the finished set grows; rebuild only when it does.
        done = held.plus(finishedCredentials(week, slots));
        doneCount = finished;
      }
      for (int i = 0; i < waiting.size(); i++) {
        Credential c = waiting.get(i);
        if (c.requires().isPresent() && !done.satisfies(c.requires().get())) continue;
        if (!cohorts.get(i).isEmpty() && !cohorts.get(i).contains(week)) continue;
        int d = fit(c, week, load);
        if (d < 0) continue;
        double weekly = c.hours() / d;
        for (int u = week; u < week + d; u++) load[u] += weekly;
        slots.add(new Slot(c, week, week + d - 1, weekly));
        waiting.remove(i);
        cohorts.remove(i);
        i--;
      }
    }
    int end = slots.stream().mapToInt(Slot::endWeek).max().orElse(0);
    for (Credential c : waiting) {
      warnings.add(new Reason("planner.schedule", "could not schedule " + c.title() + " within " + HORIZON
          + " weeks with its prerequisites and sessions; placed after everything else"));
      int d = Math.max(minWeeks(c), (int) Math.ceil(c.hours() / hoursPerWeek - 1e-9));
      slots.add(new Slot(c, end + 1, end + d, c.hours() / d));
      end += d;
    }
    slots.sort(Comparator.comparingInt(Slot::startWeek).thenComparingInt(Slot::endWeek)
        .thenComparing(s -> s.credential().id()));
    return new Schedule(slots, end, warnings);
  }

  /** The shortest duration (at least minWeeks, at most twice the natural length) whose even load fits from {@code week}. */
  private int fit(Credential c, int week, double[] load) {
    int min = minWeeks(c);
    int natural = Math.max(min, (int) Math.ceil(c.hours() / hoursPerWeek - 1e-9));
    for (int d = min; d <= 2 * natural && week + d < load.length; d++) {
      double weekly = c.hours() / d;
      boolean ok = true;
      for (int u = week; u < week + d && ok; u++) ok = load[u] + weekly <= hoursPerWeek + 1e-9;
      if (ok) return d;
    }
    return -1;
  }

  private static int finishedBefore(int week, List<Slot> slots) {
    int n = 0;
    for (Slot s : slots) if (s.endWeek() < week) n++;
    return n;
  }

  private static List<Credential> finishedCredentials(int week, List<Slot> slots) {
    List<Credential> done = new ArrayList<>();
    for (Slot s : slots) if (s.endWeek() < week) done.add(s.credential());
    return done;
  }

  private Set<Integer> cohortWeeks(Credential c, List<Reason> warnings) {
    Set<Integer> weeks = new TreeSet<>();
    for (LocalDate d : c.sessions()) {
      if (!d.isBefore(start)) weeks.add((int) (ChronoUnit.DAYS.between(start, d) / 7) + 1);
    }
    if (weeks.isEmpty() && !c.sessions().isEmpty()) {
      warnings.add(new Reason("planner.schedule", c.title() + " lists no session after " + start + "; scheduled as self-paced"));
    }
    return weeks;
  }

  static int minWeeks(Credential c) {
    return Math.max(1, c.minWeeks());
  }
}
