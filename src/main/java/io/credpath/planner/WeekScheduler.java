package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Schedules credentials week by week under an hours-per-week cap: each credential runs for at least its
 * minimum weeks (at least one), so it never takes more than its hours divided by its minimum weeks in one
 * week; it starts only after the credentials its prerequisites need have finished (so dependants follow
 * prerequisites), and, when it lists cohort sessions, only in a week a session starts (week 1 is the week of
 * the start date). Each week the startable credentials are taken in order (learning before exams before licences
 * when that costs no weeks, else longest-first), and each fills the hours its
 * weeks have spare, so a week's hours are not lost when one credential ends part-way through it (a 100-hour
 * course at 8 hours a week ends in week 13 with 4 hours left for the next one), and several run in parallel
 * when a minimum length keeps one from using the whole week. A credential starts only in a week with at least
 * {@value #MIN_START_HOURS} spare hours (or all it needs).
 */
public final class WeekScheduler {
  private static final int HORIZON = 1040;
  /** Fewer spare hours than this in a week are too few to begin something new in. */
  static final double MIN_START_HOURS = 1.0;
  private final List<Credential> credentials;
  private final Holdings held;
  private final double hoursPerWeek;
  private final LocalDate start;
  private final Set<String> experienceElsewhere;

  public WeekScheduler(List<Credential> credentials, Holdings held, double hoursPerWeek, LocalDate start) {
    this(credentials, held, hoursPerWeek, start, Set.of());
  }

  /**
   * As above, the learner's years not counting toward the credentials in {@code experienceElsewhere} (the rules judge
   * them to be in another field), as in the search: a credential that opens by years or by another credential waits for
   * that credential when the years do not count (SHRM-SCP after SHRM-CP).
   */
  public WeekScheduler(List<Credential> credentials, Holdings held, double hoursPerWeek, LocalDate start,
      Set<String> experienceElsewhere) {
    this.credentials = List.copyOf(credentials);
    this.held = held;
    this.hoursPerWeek = hoursPerWeek;
    this.start = start;
    this.experienceElsewhere = Set.copyOf(experienceElsewhere);
  }

  /** One scheduled credential: weeks {@code startWeek..endWeek} (1-based, inclusive) and its hours in each, to the hundredth. */
  public record Slot(Credential credential, int startWeek, int endWeek, List<Double> weeklyHours) {
    public Slot {
      weeklyHours = List.copyOf(weeklyHours);
    }
  }

  /**
   * The schedule: slots in a prerequisite-respecting order, its length in weeks, the credentials that could not be
   * placed within {@value #HORIZON} weeks and were put after everything else ({@code placedLate}), and those whose
   * listed sessions all start before the plan does, scheduled as self-paced ({@code selfPaced}): what to say about them
   * is the rules' decision ({@code WarnPlacedAfterEverythingElse}, {@code WarnNoSessionLeft}).
   */
  public record Schedule(List<Slot> slots, int weeks, List<String> placedLate, List<String> selfPaced) {
    public Schedule {
      slots = List.copyOf(slots);
      placedLate = List.copyOf(placedLate);
      selfPaced = List.copyOf(selfPaced);
    }
  }

  /**
   * Builds the schedule: learning before exams before licences where that takes no more weeks than taking the longest
   * first, else longest first.
   */
  public Schedule schedule() {
    // A short card that needs nothing first (an OSHA 10 card, a food-protection manager exam, first aid) goes first in
    // either order: an advisor has it done in the first weeks, since employers ask for it when the learner applies
    // (held-out review #34: OSHA 10 in weeks 38-39 of a maintenance plan, ServSafe after a cook's long course).
    Comparator<Credential> quickFirst = Comparator.comparing((Credential c) -> !quickCard(c));
    Comparator<Credential> longest = Comparator.comparingInt((Credential c) -> -minWeeks(c)).thenComparingDouble(c -> -c.hours())
        .thenComparing(Credential::id);
    Schedule staged = schedule(quickFirst.thenComparing(Comparator.comparingInt(WeekScheduler::stage)).thenComparing(longest));
    Schedule packed = schedule(quickFirst.thenComparing(longest));
    return staged.weeks() <= packed.weeks() ? staged : packed;
  }

  private Schedule schedule(Comparator<Credential> order) {
    List<String> selfPaced = new ArrayList<>();
    List<Credential> waiting = new ArrayList<>(credentials);
    waiting.sort(order);
    List<Set<Integer>> cohorts = new ArrayList<>();
    for (Credential c : waiting) cohorts.add(cohortWeeks(c, selfPaced));
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
        Holdings own = experienceElsewhere.contains(c.id()) ? done.withExperience(0) : done;
        if (c.requires().isPresent() && !own.satisfies(c.requires().get())) continue;
        if (!cohorts.get(i).isEmpty() && !cohorts.get(i).contains(week)) continue;
        Optional<Slot> placed = fill(c, week, load);
        if (placed.isEmpty()) continue;
        slots.add(placed.get());
        waiting.remove(i);
        cohorts.remove(i);
        i--;
      }
    }
    int end = slots.stream().mapToInt(Slot::endWeek).max().orElse(0);
    List<String> placedLate = new ArrayList<>();
    for (Credential c : waiting) {
      placedLate.add(c.id());
      int d = Math.max(minWeeks(c), (int) Math.ceil(c.hours() / hoursPerWeek - 1e-9));
      slots.add(new Slot(c, end + 1, end + d, Collections.nCopies(d, hundredths(c.hours() / d))));
      end += d;
    }
    slots.sort(Comparator.comparingInt(Slot::startWeek).thenComparingInt(Slot::endWeek)
        .thenComparing(s -> s.credential().id()));
    return new Schedule(slots, end, placedLate, selfPaced);
  }

  /** Whether {@code c} is a card or exam of at most {@value #QUICK_CARD_HOURS} hours that asks for nothing first. */
  static boolean quickCard(Credential c) {
    return c.hours() <= QUICK_CARD_HOURS && c.requires().isEmpty();
  }

  /** The most hours a credential taken first, as a card the learner shows when applying, takes. */
  static final double QUICK_CARD_HOURS = 16;

  /**
   * The order an advisor gives what can start together: learning first (courses and programmes), then the exams that
   * certify it, then the licences that build on both. A prerequisite still comes first whatever its stage.
   */
  private static int stage(Credential c) {
    return switch (c.type()) {
      case CERTIFICATION -> 1;
      case LICENCE -> 2;
      default -> 0;
    };
  }

  /**
   * Places {@code c} from {@code week}, taking in each week the spare hours up to its hours over its minimum weeks;
   * empty, leaving {@code load} untouched, when the week has too few spare hours to start in or the credential
   * would not end within the horizon.
   */
  private Optional<Slot> fill(Credential c, int week, double[] load) {
    double rate = c.hours() / minWeeks(c);
    double spare = hoursPerWeek - load[week];
    if (spare < Math.min(MIN_START_HOURS, rate) - 1e-9) return Optional.empty();
    List<Double> take = new ArrayList<>();
    double left = c.hours();
    int u = week;
    for (; u < load.length; u++) {
      double t = Math.min(Math.max(0, hoursPerWeek - load[u]), Math.min(rate, left));
      take.add(t);
      left -= t;
      if (left <= 1e-9 && u - week + 1 >= minWeeks(c)) break;
    }
    if (u >= load.length) return Optional.empty();
    for (int v = week; v <= u; v++) load[v] += take.get(v - week);
    return Optional.of(new Slot(c, week, u, take.stream().map(WeekScheduler::hundredths).toList()));
  }

  private static double hundredths(double hours) {
    return Math.round(hours * 100) / 100.0;
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

  private Set<Integer> cohortWeeks(Credential c, List<String> selfPaced) {
    Set<Integer> weeks = new TreeSet<>();
    for (LocalDate d : c.sessions()) {
      if (!d.isBefore(start)) weeks.add((int) (ChronoUnit.DAYS.between(start, d) / 7) + 1);
    }
    if (weeks.isEmpty() && !c.sessions().isEmpty()) {
      selfPaced.add(c.id());
    }
    return weeks;
  }

  static int minWeeks(Credential c) {
    return Math.max(1, c.minWeeks());
  }
}
