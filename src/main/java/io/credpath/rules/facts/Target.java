package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * The occupation a request plans for (first pass): how people usually get in ({@code route}: licence, degree,
 * apprenticeship, certification, programme, on-the-job, experience, or "" when unknown; {@code routeSummary} in an
 * advisor's words; {@code typicalMonths} 0 when unknown; {@code gated} when no short credential can stand in for the
 * route), the titles of the credentials its employers ask for by name, and the ids of those a pathway aims at (its
 * entry credentials: the route's own when short, else its first steps), and {@code routeCredentials} the route's own
 * whether short or not (employers name them in postings even where a degree comes first). {@code educationLevel} is the O*NET category
 * (1-12, 0 when unknown) of the education most of its workers say the job requires, {@code education} its name ("an
 * associate's degree") and {@code educationShare} the percentage of workers who named it; {@code firstSteps} the
 * route's first steps that are not among its entry credentials (a college conductor course beside the certification a
 * railroad confers); {@code employerProvided} the route's credentials employers usually arrange in hiring or after it;
 * {@code alsoHelps} the titles of the credentials its route names as helpful with some employers but not asked of
 * newcomers in general ({@code alsoHelpsIds} their ids, held or not; {@code alsoHelpsYears}, beside each title, the years
 * of work its issuer asks for or recommends that the learner has still to do in its field, 0 when none); {@code firstStepsBehind} whether the learner's job is one the route's first steps lead to, held
 * a year or more ({@link io.credpath.catalog.EntryRoute#firstStepsBehind}): the route itself is their next step;
 * {@code requiredBeside} the ids of what a short route's employers require beside its own steps (a weatherization crew's
 * lead-safe renovator card), with each one's state versions; {@code specificJobs}, when the target is one of O*NET's
 * catch-all "All Other" occupations, the titles of up to four specific occupations of its SOC minor group (empty
 * otherwise); {@code routeHeld} the titles of the route's own credentials the learner holds (the way in is behind them:
 * a registered nurse moving to an emergency department), {@code nextStepIds} the ids of what the route names as valued
 * that is the learner's next step rather than an extra for newcomers ({@code GapAnalysis.nextSteps}: what builds on the
 * route they hold, or what asks for the years they have in their current job), and {@code nextSteps} their titles;
 * {@code alsoHelpsConditions}, beside each of {@code alsoHelps}, the conditions its issuer sets (lived experience,
 * supervised hours, a degree), which the rules name where they matter to someone deciding whether to take it;
 * {@code stepReasons}, by credential id, why the field's employers ask newcomers for one of the route's steps, in an
 * advisor's words (curated per route, {@link io.credpath.catalog.EntryRoute#stepReasons}), which the rules quote;
 * {@code firstStepsPast} the ids of the route's first steps toward a credential the learner's own job asks for too, or
 * that job's own first steps, which a year or more in that job puts behind them ({@link io.credpath.catalog.EntryRoute#firstStepsPastFrom}).
 */
public record Target(String id, String title, String route, String routeSummary, int typicalMonths, boolean gated,
    List<String> recognised, List<String> entryCredentials, List<String> routeCredentials, int educationLevel, String education,
    double educationShare, List<String> firstSteps, List<String> employerProvided, List<String> alsoHelps,
    List<String> alsoHelpsIds, List<Double> alsoHelpsYears, boolean firstStepsBehind, List<String> requiredBeside, List<String> specificJobs,
    List<String> routeHeld, List<String> nextStepIds, List<String> nextSteps,
    List<List<io.credpath.catalog.Condition>> alsoHelpsConditions, java.util.Map<String, String> stepReasons,
    List<String> firstStepsPast) {
  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(routeSummary, "routeSummary");
    recognised = List.copyOf(recognised);
    entryCredentials = List.copyOf(entryCredentials);
    routeCredentials = List.copyOf(routeCredentials);
    Objects.requireNonNull(education, "education");
    firstSteps = List.copyOf(firstSteps);
    employerProvided = List.copyOf(employerProvided);
    alsoHelps = List.copyOf(alsoHelps);
    alsoHelpsIds = List.copyOf(alsoHelpsIds);
    alsoHelpsYears = List.copyOf(alsoHelpsYears);
    if (alsoHelpsYears.size() != alsoHelps.size()) throw new IllegalArgumentException("alsoHelpsYears must match alsoHelps");
    requiredBeside = List.copyOf(requiredBeside);
    specificJobs = List.copyOf(specificJobs);
    routeHeld = List.copyOf(routeHeld);
    nextStepIds = List.copyOf(nextStepIds);
    nextSteps = List.copyOf(nextSteps);
    alsoHelpsConditions = alsoHelpsConditions.stream().map(List::copyOf).toList();
    if (alsoHelpsConditions.size() != alsoHelps.size()) throw new IllegalArgumentException("alsoHelpsConditions must match alsoHelps");
    stepReasons = java.util.Map.copyOf(stepReasons);
    firstStepsPast = List.copyOf(firstStepsPast);
  }

  /** Why the route asks for {@code credential}, as a sentence to quote after another, or "" when the route says nothing. */
  public String reasonFor(String credential) {
    String reason = stepReasons.getOrDefault(credential, "");
    return reason.isEmpty() ? "" : " " + reason;
  }
}
