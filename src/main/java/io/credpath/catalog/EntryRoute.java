package io.credpath.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How people usually get into an occupation (a state licence, a degree, an apprenticeship, a certification employers
 * ask for, a postsecondary programme, on-the-job training or years in a related job), in an advisor's words, with the
 * credentials that are the route (any one of them), short first steps toward it, and the credentials employers require
 * beside it, each of them ({@code alsoRequired}: a childcare worker's state pre-service training beside the pediatric
 * CPR card; the asbestos worker licence beside HAZWOPER), and those it requires any one of per group
 * ({@code alsoRequiredOneOf}: a pediatric first aid and CPR card from the Red Cross or the Heart Association).
 * {@code employerProvided} names the credentials of the route that employers usually arrange, and often pay for, in
 * hiring or after it (a school district's CDL training and testing, a 911 centre's telecommunicator certification):
 * the learner applies first and takes them when an employer asks, rather than buying them beforehand.
 * {@code alsoHelps} names credentials that help with some of the field's employers or settings but are not asked of
 * newcomers in general (a lifeguarding course for recreation workers at pools, a contact-lens exam for an optician
 * who will fit lenses): the answer names them, and a pathway does not buy them as first steps.
 * {@code workersHold} names what someone who has worked the job a number of years holds, where the route does not say
 * so by being a licence or certification route (a surgical technologist's CST, an electrician's journeyman licence after
 * the apprenticeship's four years): see {@link Held}.
 * {@code stepReasons} says, in an advisor's words and for the learner, why the field's employers ask newcomers for one
 * of the route's credentials, first steps or required credentials, or why newcomers take it ("Most states require a
 * food handler card within 30 days of hire in a food plant"); keyed by credential id, only for credentials the route
 * names as asked for ({@link #named()}), and empty where the curated row gives none.
 */
public record EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials,
    List<String> firstSteps, String sourceUrl, List<String> alsoRequired, List<List<String>> alsoRequiredOneOf,
    List<String> employerProvided, List<String> alsoHelps, List<Held> workersHold, Map<String, String> stepReasons) {
  /**
   * One of {@code oneOf} (any one stands for all of them) is held by someone who has worked the job at least
   * {@code afterYears} years.
   */
  public record Held(List<String> oneOf, double afterYears) {
    public Held {
      oneOf = List.copyOf(oneOf);
      if (oneOf.isEmpty()) throw new IllegalArgumentException("workersHold has an empty oneOf");
      if (afterYears < 0) throw new IllegalArgumentException("afterYears must not be negative: " + afterYears);
    }
  }

  /** The routes an occupation may have. */
  public static final Set<String> ROUTES =
      Set.of("licence", "degree", "apprenticeship", "certification", "programme", "on-the-job", "experience");

  public EntryRoute {
    Objects.requireNonNull(route, "route");
    if (!ROUTES.contains(route)) throw new IllegalArgumentException("route must be one of " + new java.util.TreeSet<>(ROUTES) + ": " + route);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(typicalMonths, "typicalMonths");
    credentials = List.copyOf(credentials);
    firstSteps = List.copyOf(firstSteps);
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    alsoRequired = List.copyOf(alsoRequired);
    alsoRequiredOneOf = alsoRequiredOneOf.stream().map(List::copyOf).toList();
    if (alsoRequiredOneOf.stream().anyMatch(List::isEmpty)) throw new IllegalArgumentException("alsoRequiredOneOf has an empty group");
    employerProvided = List.copyOf(employerProvided);
    alsoHelps = List.copyOf(alsoHelps);
    workersHold = List.copyOf(workersHold);
    stepReasons = Map.copyOf(stepReasons);
    // (the fields are not assigned yet in a compact constructor, so what the route asks for is gathered from the parameters)
    Set<String> asked = named(credentials, firstSteps, alsoRequired, alsoRequiredOneOf);
    for (Map.Entry<String, String> e : stepReasons.entrySet()) {
      if (!asked.contains(e.getKey())) {
        throw new IllegalArgumentException("stepReasons names " + e.getKey()
            + ", which is not among the route's credentials, firstSteps or alsoRequired");
      }
      if (e.getValue().isBlank()) throw new IllegalArgumentException("stepReasons gives " + e.getKey() + " a blank reason");
    }
  }

  /** A route that gives no reasons for its steps beyond its summary. */
  public EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials, List<String> firstSteps,
      String sourceUrl, List<String> alsoRequired, List<List<String>> alsoRequiredOneOf, List<String> employerProvided,
      List<String> alsoHelps, List<Held> workersHold) {
    this(route, summary, typicalMonths, credentials, firstSteps, sourceUrl, alsoRequired, alsoRequiredOneOf, employerProvided,
        alsoHelps, workersHold, Map.of());
  }

  /** A route that says nothing of what its workers hold beyond its kind. */
  public EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials, List<String> firstSteps,
      String sourceUrl, List<String> alsoRequired, List<List<String>> alsoRequiredOneOf, List<String> employerProvided,
      List<String> alsoHelps) {
    this(route, summary, typicalMonths, credentials, firstSteps, sourceUrl, alsoRequired, alsoRequiredOneOf, employerProvided,
        alsoHelps, List.of());
  }

  /** A route that names nothing as merely helpful. */
  public EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials, List<String> firstSteps,
      String sourceUrl, List<String> alsoRequired, List<List<String>> alsoRequiredOneOf, List<String> employerProvided) {
    this(route, summary, typicalMonths, credentials, firstSteps, sourceUrl, alsoRequired, alsoRequiredOneOf, employerProvided,
        List.of());
  }

  /** A route whose employers provide none of its credentials. */
  public EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials, List<String> firstSteps,
      String sourceUrl, List<String> alsoRequired, List<List<String>> alsoRequiredOneOf) {
    this(route, summary, typicalMonths, credentials, firstSteps, sourceUrl, alsoRequired, alsoRequiredOneOf, List.of());
  }

  /** A route whose employers require each of {@code alsoRequired} beside it. */
  public EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials, List<String> firstSteps,
      String sourceUrl, List<String> alsoRequired) {
    this(route, summary, typicalMonths, credentials, firstSteps, sourceUrl, alsoRequired, List.of());
  }

  /**
   * What employers require beside the route, a group per requirement: each of {@code alsoRequired} alone, then each
   * group of {@code alsoRequiredOneOf} (any one of it).
   */
  public List<List<String>> requiredGroups() {
    List<List<String>> out = new java.util.ArrayList<>();
    alsoRequired.forEach(id -> out.add(List.of(id)));
    out.addAll(alsoRequiredOneOf);
    return List.copyOf(out);
  }

  /** This route taking {@code months} (for a learner who has already done what made it long: a licence's logged years). */
  public EntryRoute withTypicalMonths(OptionalInt months) {
    return new EntryRoute(route, summary, months, credentials, firstSteps, sourceUrl, alsoRequired, alsoRequiredOneOf,
        employerProvided, alsoHelps, workersHold, stepReasons);
  }

  /** Every credential the route names as a step of it: its own, its first steps and what employers require beside them. */
  public java.util.Set<String> named() {
    return named(credentials, firstSteps, alsoRequired, alsoRequiredOneOf);
  }

  /** What a route of these parts names as a step of it, in order (for a reader checking a row before it is a route). */
  static Set<String> named(List<String> credentials, List<String> firstSteps, List<String> alsoRequired,
      List<List<String>> alsoRequiredOneOf) {
    Set<String> out = new java.util.LinkedHashSet<>(credentials);
    out.addAll(firstSteps);
    out.addAll(alsoRequired);
    alsoRequiredOneOf.forEach(out::addAll);
    return java.util.Collections.unmodifiableSet(out);
  }

  /** A route that requires nothing beside its own credentials. */
  public EntryRoute(String route, String summary, OptionalInt typicalMonths, List<String> credentials, List<String> firstSteps,
      String sourceUrl) {
    this(route, summary, typicalMonths, credentials, firstSteps, sourceUrl, List.of(), List.of());
  }

  /**
   * Whether no short pathway can stand in for the route: a degree, an apprenticeship, or a licence that takes more than
   * a year ({@value #SHORT_MONTHS} months). A commercial driver's licence or a real-estate licence is reached in weeks: it
   * is the route, and a pathway can include it. An experience route is not gated: its credentials (a food-safety manager
   * certificate) may be open now, and those that ask for years the learner lacks are left out by the rules, which say so.
   */
  public boolean gated() {
    if (route.equals("degree") || route.equals("apprenticeship")) return true;
    return route.equals("licence") && (typicalMonths.isEmpty() || typicalMonths.getAsInt() > SHORT_MONTHS);
  }

  /**
   * Whether the route is gated for someone whose current job is at O*NET job zone {@code currentJobZone} and whose
   * stated {@code education} (an {@link Education} category) is given or empty. A degree gate counts as passed with the
   * degree the route asks for: a bachelor's, or {@code degreeLevel} when that is higher (a master's for librarians); the
   * stated education decides (someone who reached a job zone 4 job through short credentials still has no degree), and
   * without it job zone 4 or more passes a bachelor's gate (a teacher, a nurse, whose field skills are then theirs to
   * build with short courses) and job zone 5 a higher one. Any other gate stands. Callers go through
   * {@link Occupation#gatedFor}, which knows the occupation's degree.
   */
  public boolean gatedFor(OptionalInt currentJobZone, OptionalInt education, OptionalInt degreeLevel) {
    if (route.equals("degree")) {
      int needed = Math.max(Education.BACHELOR, degreeLevel.orElse(Education.BACHELOR));
      boolean degree = education.isPresent() ? education.getAsInt() >= needed
          : currentJobZone.isPresent() && currentJobZone.getAsInt() >= (needed > Education.BACHELOR ? 5 : 4);
      if (degree) return false;
    }
    return gated();
  }

  /**
   * Whether someone who has worked {@code years} in a job entered through {@code current} is past this route's first
   * steps: this route is an apprenticeship, and the job they hold is one its first steps lead to, held for a year or
   * more: its own route starts with every one of them, or starts only with some of them and names the rest as merely
   * helpful (the trade's helper job: employers ask a carpenter's helper for the OSHA card, and the pre-apprenticeship
   * only helps). A carpenter's helper with two years has been taken on in the trade; what the pre-apprenticeship and
   * the OSHA card lead to is behind them, and the next step is the apprenticeship itself, which takes on people already
   * working in its trade. (A degree or licence route starts with a programme the learner enrols in, whatever job they
   * hold: a nursing assistant still applies to nursing school.)
   */
  public boolean firstStepsBehind(Optional<EntryRoute> current, double years) {
    if (!route.equals("apprenticeship") || years < 1 || current.isEmpty() || firstSteps.isEmpty()) return false;
    EntryRoute job = current.get();
    if (job.firstSteps().containsAll(firstSteps)) return true;
    Set<String> namedByJob = new java.util.HashSet<>(job.firstSteps());
    namedByJob.addAll(job.alsoHelps());
    return !job.firstSteps().isEmpty() && firstSteps.containsAll(job.firstSteps()) && namedByJob.containsAll(firstSteps);
  }

  /**
   * The first steps of this route that someone who has worked {@code years} in a job entered through {@code current} is
   * past: its first steps toward a credential that job's own route names too, held for a year or more. A food service
   * supervisor of six years, whose employers ask for a food protection manager certificate, works in the field already: the
   * food handler card a newcomer takes on the way to that certificate is behind them, and the certificate is their step.
   * Nor are the first steps that job's own newcomers take: a bartender of five years, whose job starts with the food
   * handler card a food service manager's route names as its first step, works in food service already (held-out review
   * #45 struck the card as "a first step" for them).
   * (On a gated route the first steps are the way into a programme, which the learner's job does not give them.)
   */
  public List<String> firstStepsPastFrom(Optional<EntryRoute> current, double years) {
    if (gated() || years < 1 || current.isEmpty() || firstSteps.isEmpty()) return List.of();
    EntryRoute job = current.get();
    boolean asksTheSame = job.credentials().stream().anyMatch(credentials::contains);
    return firstSteps.stream().filter(id -> !credentials.contains(id))
        .filter(id -> asksTheSame || job.firstSteps().contains(id)).toList();
  }

  /**
   * The credentials employers ask for that a pathway can aim at: {@link #reachable()} and, on a short route, what they
   * require beside it.
   */
  public List<String> aimedAt() {
    if (gated() || requiredGroups().isEmpty()) return reachable();
    List<String> out = new java.util.ArrayList<>(reachable());
    requiredGroups().stream().flatMap(List::stream).filter(id -> !out.contains(id)).forEach(out::add);
    return List.copyOf(out);
  }

  /**
   * The credentials a pathway can aim at: the route's own when it is short, else the first steps toward it, and on a
   * degree route also its own (the certifications employers ask for beside the degree: SHRM-CP for an HR specialist is
   * open without one; those that ask for the degree or years in the field are left out by their prerequisites and the
   * rules, which say so). A licence or apprenticeship is earned at the end of its programme, never before.
   */
  public List<String> reachable() {
    if (route.equals("degree") && !credentials.isEmpty()) {
      List<String> out = new java.util.ArrayList<>(firstSteps);
      credentials.stream().filter(id -> !out.contains(id)).forEach(out::add);
      return List.copyOf(out);
    }
    return gated() || credentials.isEmpty() ? firstSteps : credentials;
  }

  /** How long a licence or experience route may take and still count as reachable by a pathway. */
  public static final int SHORT_MONTHS = 12;

  /** The fewest hours of a certificate, degree or apprenticeship that make it a programme rather than a course. */
  public static final int PROGRAMME_HOURS = 150;

  /**
   * Whether the route goes through a programme of its own: a programme route (a welding or medical-assisting
   * programme), or a licence whose state-approved course is the way in (an EMT course, nurse aide training). On a
   * certification route a programme is the way in only where the certification asks for it.
   */
  public boolean throughProgramme() {
    return route.equals("programme") || route.equals("licence");
  }
}
