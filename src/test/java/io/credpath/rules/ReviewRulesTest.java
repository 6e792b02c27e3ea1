package io.credpath.rules;

import static io.credpath.rules.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.planner.Pathway.StackEarned;
import io.credpath.planner.PathwayRules.PathwayDraft;
import io.credpath.planner.PathwayRules.Review;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult.GapItem;
import io.credpath.planner.Reason;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real stacking.drl and advice.drl over pathways drawn from the small catalogue. */
class ReviewRulesTest {
  private static final Catalog CATALOG = RealRules.CATALOG;
  private static final GapItem SQL = new GapItem("skill:sql", "SQL", 3, 0, 4.5, true);
  private static final GapItem PYTHON = new GapItem("skill:python", "Python", 2, 0, 3.2, false);
  private static final DroolsPathwayRules engine = RealRules.ENGINE;

  private static PathwayDraft draft(List<String> held, double coverage, List<GapItem> uncovered, String... steps) {
    return draft(held, coverage, uncovered, -1, java.util.Map.of(), java.util.Map.of(), steps);
  }

  /** A draft whose steps close the given gap items ({@code closes}: step id to item ids), {@code closingCost} -1 when it fits. */
  private static PathwayDraft draft(List<String> held, double coverage, List<GapItem> uncovered, double closingCost,
      java.util.Map<String, List<String>> closes, java.util.Map<String, Credential> nextBest, String... steps) {
    List<Credential> creds = Arrays.stream(steps).map(CATALOG::credential).toList();
    double cost = creds.stream().mapToDouble(c -> c.cost().total()).sum();
    List<GapItem> gap = new java.util.ArrayList<>(uncovered);
    for (GapItem g : List.of(SQL, PYTHON)) if (!gap.contains(g)) gap.add(g);
    return new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", creds, held, cost, 100, 20, 20, coverage, uncovered, gap, closes,
        java.util.Map.of(), closingCost, closingCost < 0 ? 0 : 30, nextBest, java.util.Map.of());
  }

  private static Review review(PlanRequest r, PathwayDraft d) {
    return engine.review(r, d);
  }

  /** A review over the test catalogue with {@code extra} added, as a credential a step names may live there. */
  private static Review reviewWith(Credential extra, PlanRequest r, PathwayDraft d) {
    List<Credential> credentials = new java.util.ArrayList<>(CATALOG.credentials());
    credentials.add(extra);
    Catalog catalog = new Catalog(CATALOG.skills(), CATALOG.occupations(), credentials, CATALOG.stacks(), java.util.Map.of());
    return new DroolsPathwayRules(RealRules.RULES, catalog).review(r, d);
  }

  private static List<String> rulesOf(List<Reason> reasons) {
    return reasons.stream().map(Reason::rule).toList();
  }

  @Test
  void suggestsCheckingThatExperienceQualifiesForACredentialThatAsksForYears() {
    Review r = review(request().build(), draft(List.of(), 1, List.of(), "cert:sec-plus", "cert:cysa"));
    assertThat(r.suggestions()).filteredOn(s -> s.rule().equals("SuggestCheckingQualifyingExperience")).singleElement()
        .satisfies(s -> assertThat(s.text()).contains("asks for three years of experience").contains("check that yours qualifies"));
    assertThat(review(request().build(), draft(List.of(), 1, List.of(), "cert:sec-plus")).suggestions())
        .extracting(io.credpath.planner.Reason::rule).doesNotContain("SuggestCheckingQualifyingExperience");
  }

  @Test
  void reportsStackCompletedByHeldAndPathwayCredentials() {
    Review r = review(request().held("cert:a-plus").build(), draft(List.of("cert:a-plus"), 1, List.of(), "cert:net-plus", "cert:sec-plus"));
    assertThat(r.stacksEarned()).containsExactly(
        new StackEarned("stack:secure-infra", "Secure Infrastructure Specialist", List.of("cert:net-plus", "cert:sec-plus")));
  }

  @Test
  void reportsStackCompletedEntirelyInThePathway() {
    Review r = review(request().build(), draft(List.of(), 1, List.of(), "cert:a-plus", "cert:net-plus", "cert:sec-plus"));
    assertThat(r.stacksEarned()).extracting(StackEarned::credential).containsExactly("stack:secure-infra");
    assertThat(rulesOf(r.suggestions())).doesNotContain("SuggestComponentOneStepAway");
  }

  @Test
  void suggestsTheOneComponentThatWouldCompleteAStack() {
    Review r = review(request().build(), draft(List.of(), 1, List.of(), "cert:net-plus", "cert:sec-plus"));
    assertThat(r.stacksEarned()).isEmpty();
    assertThat(r.suggestions()).filteredOn(s -> s.rule().equals("SuggestComponentOneStepAway")).extracting(Reason::text)
        .containsExactly("Add A+ to also earn Secure Infrastructure Specialist from CompTIA; it is the one component still missing.");
  }

  @Test
  void suggestsCompletingAStackOnlyThroughACredentialForTheTargetJob() {
    // The same Network+ and Security+ pathway reviewed for a BI analyst: A+ teaches nothing a BI analyst lists, so the
    // CompTIA bundle it would complete is no suggestion for this move.
    List<Credential> steps = List.of(CATALOG.credential("cert:net-plus"), CATALOG.credential("cert:sec-plus"));
    Review r = review(request().build(), new PathwayDraft(CATALOG.occupation("15-2051.01"), "cheapest", steps, List.of(), 773, 210, 20, 20, 1,
        List.of(), List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of()));
    assertThat(rulesOf(r.suggestions())).doesNotContain("SuggestComponentOneStepAway");
  }

  @Test
  void saysNothingAboutStacksTwoComponentsAway() {
    Review r = review(request().build(), draft(List.of(), 1, List.of(), "cert:sec-plus"));
    assertThat(r.stacksEarned()).isEmpty();
    assertThat(rulesOf(r.suggestions())).doesNotContain("SuggestComponentOneStepAway");
  }

  @Test
  void warnsThatOneStatesLicenceIsAnExampleUnlessTheLearnerLivesThere() {
    Credential florida = io.credpath.Fixtures.credential("lic:fl").title("Florida Licence").exam(100).jurisdiction("US-FL").build();
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(florida), List.of(), 100, 10, 2, 2, 1, List.of(),
        List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    assertThat(review(request().build(), d).warnings()).filteredOn(w -> w.rule().equals("WarnOneStatesCredential"))
        .extracting(Reason::text).singleElement().asString().startsWith("Florida Licence counts (or is given) in Florida only")
        .contains("Give your state");
    assertThat(rulesOf(review(request().region("US-FL").build(), d).warnings())).doesNotContain("WarnOneStatesCredential");
  }

  @Test
  void saysWhoseFiguresAStandInForEveryStatesLicenceShows() {
    Credential florida = io.credpath.Fixtures.credential("lic:fl").title("Florida Licence").exam(100).jurisdiction("US-FL").build();
    Credential state = io.credpath.Fixtures.credential("state:lic").title("State licence").exam(100).stateVersions("lic:fl").build();
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(state), List.of(), 100, 10, 2, 2, 1, List.of(),
        List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    assertThat(reviewWith(florida, request().build(), d).warnings())
        .filteredOn(w -> w.rule().equals("WarnFiguresAreOneStatesExample")).extracting(Reason::text).singleElement()
        .isEqualTo("State licence stands for the one your state asks for; each state sets its own hours, exam and fees, and "
            + "those shown are Florida's. Give your state to plan with its own credentials.");
    assertThat(reviewWith(florida, request().region("US-OH").build(), d).warnings())
        .filteredOn(w -> w.rule().equals("WarnFiguresAreOneStatesExample")).extracting(Reason::text).singleElement()
        .asString().endsWith("those shown are Florida's.");
    assertThat(rulesOf(reviewWith(florida, request().build(), d).warnings())).doesNotContain("WarnOneStatesCredential");
  }

  @Test
  void aFirstStepSaysWhatItIsInTheWordsOfWhoeverVouchesForIt() {
    Credential card = io.credpath.Fixtures.credential("card:site").title("Site Safety Card").cost(89).hours(10)
        .preparesFor("15-1212.00").description("Entry-level awareness course on site hazards (e.g. falls), workers' rights and "
            + "employer duties. Taught by authorised trainers.").build();
    Credential course = io.credpath.Fixtures.credential("course:site").title("Site Basics").cost(20).hours(5)
        .description("A course anyone may sell. It says so.").taught("security", 2, io.credpath.catalog.Basis.TAG)
        .taught("sql", 2, io.credpath.catalog.Basis.TITLE).build();
    GapItem step = new GapItem("first-step:15-1212.00", "A first step toward it (one of Site Safety Card)", 1, 0, 4, false, true,
        io.credpath.planner.PlanResult.CREDENTIAL, List.of("card:site"), 1);
    GapItem route = new GapItem("credential:15-1212.00", "A first step on the usual route in (one of Site Basics)", 1, 0, 5, true, true,
        io.credpath.planner.PlanResult.CREDENTIAL, List.of("course:site"), 1);
    for (Credential c : List.of(card, course)) {
      GapItem item = c == card ? step : route;
      PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(c), List.of(), c.cost().total(), c.hours(), 2, 2, 1,
          List.of(), List.of(item, SQL), java.util.Map.of(c.id(), List.of(item.skill())), java.util.Map.of(), -1, 0,
          java.util.Map.of(), java.util.Map.of());
      List<String> why = reviewWith(c, request().build(), d).stepReasons().get(c.id()).stream()
          .filter(r -> r.rule().equals("ExplainFirstStep")).map(Reason::text).toList();
      assertThat(why).containsExactly(c == card
          ? "Closes a first step toward work as Information Security Analysts, on the usual route in before or beside the "
              + "credential employers ask for. Entry-level awareness course on site hazards (e.g. falls), workers' rights and "
              + "employer duties."
          // Not curated for any job: its seller's description is not quoted; what the job lists among its tags is named
          // as such (SQL, its title skill, is not the job's).
          : "Closes the first step on the usual route into work as Information Security Analysts. Its catalogue entry lists "
              + "Cybersecurity, which the job asks for.");
    }
  }

  @Test
  void aStepAfterTheOneThatTaughtAnItemSaysWhatItCertifiesAndWhereItLeadsOnTheRoute() {
    Credential programme = io.credpath.Fixtures.credential("prog:site").level(2).title("Site Programme").cost(300).hours(120).build();
    Credential designation = io.credpath.Fixtures.credential("cert:site").type(io.credpath.catalog.CredentialType.CERTIFICATION).level(3).title("Site Designation")
        .cost(100).hours(20).build();
    GapItem route = new GapItem("credential:15-1212.00", "A first step on the usual route in (one of Site Designation)", 1, 0,
        5, true, true, io.credpath.planner.PlanResult.CREDENTIAL, List.of("prog:site", "cert:site"), 1);
    java.util.Map<String, List<String>> closes = java.util.Map.of("prog:site", List.of(route.skill(), SQL.skill()),
        "cert:site", List.of(route.skill(), SQL.skill()));
    List<Credential> extra = new java.util.ArrayList<>(CATALOG.credentials());
    extra.add(programme);
    extra.add(designation);
    Catalog catalog = new Catalog(CATALOG.skills(), CATALOG.occupations(), extra, CATALOG.stacks(), java.util.Map.of());
    // The programme, then a second step, reviewed by the real rules.
    java.util.function.Function<Credential, Review> after = second -> new DroolsPathwayRules(RealRules.RULES, catalog).review(
        request().build(), new PathwayDraft(CATALOG.occupation("15-1212.00"), "best-recognised", List.of(programme, second), List.of(), 400, 140, 10,
            10, 1, List.of(), List.of(route, SQL), closes, java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of()));
    Review r = after.apply(designation);
    assertThat(r.stepReasons().get("cert:site")).extracting(Reason::rule)
        .contains("ExplainWhatTheStepCertifies", "ExplainNextRungOfTheRoute").doesNotContain("ExplainWhatTheStepCloses");
    assertThat(r.stepReasons().get("cert:site")).extracting(Reason::text).contains(
        "Adds a credential of its own in SQL, beside Site Programme (which already covers it).",
        "Goes a level beyond Site Programme on the usual route into work as Information Security Analysts.");
    // The step that taught them says what it closes, and certifies nothing.
    assertThat(r.stepReasons().get("prog:site")).extracting(Reason::rule)
        .contains("ExplainWhatTheStepCloses").doesNotContain("ExplainWhatTheStepCertifies", "ExplainNextRungOfTheRoute");
    // A designation at the programme's own level is a further step beside it, not a level beyond.
    Credential peer = io.credpath.Fixtures.credential("cert:site").type(io.credpath.catalog.CredentialType.CERTIFICATION).level(2)
        .title("Site Designation").cost(100).hours(20).build();
    assertThat(after.apply(peer).stepReasons().get("cert:site"))
        .extracting(Reason::text).contains("A further step on the usual route into work as Information Security Analysts, beside "
            + "Site Programme.");
    // One its issuer or our curators describe says what it is, in their words.
    Credential described = io.credpath.Fixtures.credential("cert:site").type(io.credpath.catalog.CredentialType.CERTIFICATION).level(2)
        .title("Site Designation").description("Line-level designation for site staff, with an exam. Renewed yearly.")
        .preparesFor("15-1212.00").cost(100).hours(20).build();
    assertThat(after.apply(described).stepReasons().get("cert:site"))
        .extracting(Reason::text).contains("A further step on the usual route into work as Information Security Analysts, beside "
            + "Site Programme. Line-level designation for site staff, with an exam.");
  }

  @Test
  void aStepTheCurrentJobAsksOfItsNewcomersSaysHowToDropItIfHeld() {
    // The learner works in a job whose route asks newcomers for a site card; the pathway to the next job takes that card.
    Credential card = io.credpath.Fixtures.credential("card:site").type(io.credpath.catalog.CredentialType.CERTIFICATE)
        .title("Site Card").cost(89).hours(10).build();
    io.credpath.catalog.Occupation laborer = new io.credpath.catalog.Occupation("99-0090.00", "Site Laborers", List.of(), "",
        java.util.OptionalInt.of(1), List.of(), List.of(), List.of(), List.of(), java.util.Optional.of(
            new io.credpath.catalog.EntryRoute("on-the-job", "Hired with a site card.", java.util.OptionalInt.of(1), List.of(),
                List.of("card:site"), "https://example.org/route")));
    List<Credential> credentials = new java.util.ArrayList<>(CATALOG.credentials());
    credentials.add(card);
    List<io.credpath.catalog.Occupation> occupations = new java.util.ArrayList<>(CATALOG.occupations());
    occupations.add(laborer);
    DroolsPathwayRules rules = new DroolsPathwayRules(RealRules.RULES,
        new Catalog(CATALOG.skills(), occupations, credentials, CATALOG.stacks(), java.util.Map.of()));
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(card), List.of(), 89, 10, 2, 2, 1, List.of(),
        List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    Review worker = rules.review(request().currentOccupation("99-0090.00").experience(2).build(), d);
    assertThat(worker.stepReasons().get("card:site")).extracting(Reason::text).contains("It is a first step on the usual way "
        + "into work as Site Laborers, so you may have taken it already: if you hold it, skip this step and plan again with it "
        + "among what you hold.");
    Review elsewhere = rules.review(request().currentOccupation("15-2051.01").experience(2).build(), d);
    assertThat(rulesOf(elsewhere.stepReasons().getOrDefault("card:site", List.of())))
        .doesNotContain("ExplainStepTheCurrentJobMayHaveGiven");
  }

  @Test
  void aCredentialWhoseAwardNeedsWorkInItsFieldSaysTheJobCompletesItUnlessTheLearnerIsInTheField() {
    Credential exam = io.credpath.Fixtures.credential("cert:site").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .title("Site Technician").cost(150).hours(60).preparesFor("15-1212.00")
        .condition(io.credpath.catalog.Condition.FIELD_WORK, "400 hours of site work (before, or within 6 months after, the exam)")
        .build();
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(exam), List.of(), 150, 60, 8, 8, 1, List.of(),
        List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    // A data scientist: the exam is a step they can take, and the trainee job it helps them get gives the hours.
    Review newcomer = reviewWith(exam, request().currentOccupation("15-2051.01").build(), d);
    assertThat(newcomer.stepReasons().get("cert:site")).extracting(Reason::text).contains("You can take Site Technician before "
        + "you work in the field, but its full award also asks for work in it: 400 hours of site work (before, or within 6 "
        + "months after, the exam). Apply for trainee or entry jobs as Information Security Analysts while you study: that "
        + "job is where this work is done.");
    assertThat(rulesOf(newcomer.suggestions())).doesNotContain("SuggestCheckingEligibility");
    // Someone already in the field has the work or is doing it: it is a condition to check, no more.
    Review insider = reviewWith(exam, request().currentOccupation("15-1212.00").build(), d);
    assertThat(rulesOf(insider.stepReasons().getOrDefault("cert:site", List.of()))).doesNotContain("ExplainFieldWorkTheCredentialStillNeeds");
    assertThat(rulesOf(insider.suggestions())).contains("SuggestCheckingEligibility");
  }

  @Test
  void aStepTakenForTheSkillALaterOneAssumesSaysSoRatherThanThatTheLaterOneNamesIt() {
    // Advanced SQL asks for SQL at level 2, not for SQL Basics: the reason says which skill, and that this step teaches it.
    Review r = review(request().build(), draft(List.of(), 1, List.of(), "course:sql-basics", "course:sql-advanced"));
    assertThat(r.stepReasons().get("course:sql-basics")).filteredOn(x -> x.rule().equals("ExplainPrerequisiteStep"))
        .extracting(Reason::text).containsExactly("Taken because Advanced SQL for Analysts assumes SQL at level 2, which this teaches.");
  }

  @Test
  void aStepIsCheaperThanTheNextOptionOnlyWithWhatItAsksForFirst() {
    // Security+ ($404) after Network+ ($369), which it asks for first: $773 against a $900 option is cheaper, said with
    // Network+; against a $500 option it is not ("costs $404; the next costs $500" hid the $369 taken for it).
    java.util.function.Function<Double, List<String>> cheaper = price -> {
      Credential other = io.credpath.Fixtures.credential("cert:other-security").title("Other Security").cost(price).hours(100)
          .weeks(4, 12).build();
      PathwayDraft d = draft(List.of(), 1, List.of(), -1, java.util.Map.of(), java.util.Map.of("cert:sec-plus", other),
          "cert:net-plus", "cert:sec-plus");
      return reviewWith(other, request().build(), d).stepReasons().getOrDefault("cert:sec-plus", List.of()).stream()
          .filter(x -> x.rule().equals("ExplainCheaperThanNextBest")).map(Reason::text).toList();
    };
    assertThat(cheaper.apply(900.0)).containsExactly(
        "With Network+, which it asks for first, costs USD 773; the next option that closes the same, Other Security, costs USD 900.");
    assertThat(cheaper.apply(500.0)).isEmpty();
  }

  @Test
  void aStepOfAnotherSizeIsNotCalledTheNextOptionThatClosesTheSame() {
    // Security+ with Network+ (240 hours) against a 100-hour option is the next option; against a 10-hour card that closes
    // the same need it is not (held-out review #39: a 300-hour pre-apprenticeship "cheaper" than a 10-hour OSHA card).
    java.util.function.Function<Double, List<String>> nextBest = hours -> {
      Credential other = io.credpath.Fixtures.credential("cert:other-security").title("Other Security").cost(900).hours(hours)
          .weeks(1, 12).build();
      PathwayDraft d = draft(List.of(), 1, List.of(), -1, java.util.Map.of(), java.util.Map.of("cert:sec-plus", other),
          "cert:net-plus", "cert:sec-plus");
      return reviewWith(other, request().build(), d).stepReasons().getOrDefault("cert:sec-plus", List.of()).stream()
          .map(Reason::rule).filter(r -> r.endsWith("ThanNextBest")).toList();
    };
    assertThat(nextBest.apply(100.0)).contains("ExplainCheaperThanNextBest");
    assertThat(nextBest.apply(10.0)).isEmpty();
  }

  @Test
  void warnsWhenAProgrammesFixedScheduleAsksMoreHoursAWeekThanTheLearnerGave() {
    // Eight weeks at twenty hours against the default eight hours a week: said, with what it asks. An exam's weeks are
    // preparation at the learner's pace: not said.
    Credential programme = io.credpath.Fixtures.credential("prog:fixed").title("Fixed Programme").cost(0).hours(160).weeks(8, 8).build();
    PathwayDraft d = draft(List.of(), 1, List.of(), -1, java.util.Map.of(), java.util.Map.of());
    PathwayDraft withProgramme = new PathwayDraft(d.target(), d.label(), List.of(programme), d.held(), 0, 160, 20, 20, 1,
        d.uncovered(), d.gap(), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    assertThat(reviewWith(programme, request().build(), withProgramme).warnings())
        .filteredOn(w -> w.rule().equals("WarnFixedPaceAboveTheLearnersHours")).extracting(Reason::text).singleElement()
        .asString().contains("Fixed Programme runs on a fixed schedule of 8 weeks, about 20 hours a week, more than the 8 hours a week this plan has");
    assertThat(review(request().build(), draft(List.of(), 1, List.of(), "cert:sec-plus")).warnings())
        .extracting(Reason::rule).doesNotContain("WarnFixedPaceAboveTheLearnersHours");
  }

  @Test
  void warnsOfWhatTheScheduleCouldNotDoAsAsked() {
    PathwayDraft d = draft(List.of(), 1, List.of(), "course:sql-basics", "course:sql-advanced");
    PathwayDraft flagged = new PathwayDraft(d.target(), d.label(), d.steps(), d.held(), d.cost(), d.hours(), d.weeks(),
        d.estimatedWeeks(), d.coverage(), d.uncovered(), d.gap(), d.closes(), d.partly(), d.closingCost(), d.closingWeeks(),
        d.nextBest(), d.recognition(), d.routeOptions(), List.of("course:sql-advanced"), List.of("course:sql-basics"));
    assertThat(review(request().build(), flagged).warnings()).extracting(Reason::rule, Reason::text).contains(
        org.assertj.core.api.Assertions.tuple("WarnNoSessionLeft", "SQL Basics lists no session after your start date; it is "
            + "scheduled as self-paced, so check the provider's next dates."),
        org.assertj.core.api.Assertions.tuple("WarnPlacedAfterEverythingElse", "Advanced SQL for Analysts could not be "
            + "scheduled with its prerequisites and sessions within twenty years; it is placed after everything else."));
    assertThat(rulesOf(review(request().build(), d).warnings())).doesNotContain("WarnNoSessionLeft", "WarnPlacedAfterEverythingElse");
  }

  @Test
  void namesTheRoutesNextCredentialThatTheBudgetLeftStillFits() {
    Credential osha = io.credpath.Fixtures.credential("card:osha").title("OSHA 10 Card").cost(89).hours(10).build();
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(CATALOG.credential("course:excel")), List.of(), 100, 10, 2,
        2, 1, List.of(), List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of(),
        List.of(osha));
    assertThat(review(request().maxCost(600).maxWeeks(26).build(), d).suggestions())
        .filteredOn(s -> s.rule().equals("SuggestRouteCredentialTheBudgetStillFits")).extracting(Reason::text)
        .containsExactly("The usual route into Information Security Analysts also names OSHA 10 Card (USD 89, about 10 hours); "
            + "with USD 500 and 24 weeks of your plan left, it fits after this pathway.");
    // Two named options that each fit what is left, but not together, are each said to fit on its own (held-out review
    // #42: two $100 exams each "fit" $125).
    Credential word = io.credpath.Fixtures.credential("cert:word").title("Word Exam").cost(450).hours(20).build();
    PathwayDraft two = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(CATALOG.credential("course:excel")), List.of(), 100, 10, 2,
        2, 1, List.of(), List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of(),
        List.of(osha, word));
    assertThat(review(request().maxCost(600).maxWeeks(26).build(), two).suggestions())
        .filteredOn(s -> s.rule().equals("SuggestRouteCredentialTheBudgetStillFits")).extracting(Reason::text)
        .hasSize(2).allSatisfy(t -> assertThat(t).endsWith("it fits after this pathway on its own, though not beside all the others named here."));
    PathwayDraft none = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(CATALOG.credential("course:excel")), List.of(), 100, 10,
        2, 2, 1, List.of(), List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    assertThat(rulesOf(review(request().maxCost(600).build(), none).suggestions())).doesNotContain("SuggestRouteCredentialTheBudgetStillFits");
    // What a step's issuer recommends before it is said as such, not as something to take after the pathway.
    Credential exam = io.credpath.Fixtures.credential("cert:exam").title("Field Exam").cost(110).hours(40)
        .recommends(new io.credpath.catalog.Requirement.HasCredential("card:osha")).build();
    PathwayDraft before = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(exam), List.of(), 110, 40, 5, 5, 1, List.of(),
        List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of(), List.of(osha));
    List<Reason> recommended = reviewWith(osha, request().maxCost(600).maxWeeks(26).build(), before).suggestions();
    assertThat(rulesOf(recommended)).contains("SuggestRecommendedPreparation").doesNotContain("SuggestRouteCredentialTheBudgetStillFits");
    // With no pathway at all, what the route names that the budget fits is still named, as closing none of the gap.
    PathwayDraft empty = new PathwayDraft(CATALOG.occupation("15-1212.00"), "no pathway", List.of(), List.of(), 0, 0, 0, 0, 0, List.of(SQL),
        List.of(SQL), java.util.Map.of(), java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of(), List.of(osha));
    List<Reason> said = review(request().maxCost(600).maxWeeks(26).build(), empty).suggestions();
    assertThat(rulesOf(said)).doesNotContain("SuggestRouteCredentialTheBudgetStillFits");
    assertThat(said).filteredOn(s -> s.rule().equals("SuggestRouteCredentialWhereNoPathwayFits")).extracting(Reason::text)
        .containsExactly("The usual route into Information Security Analysts also names OSHA 10 Card (USD 89, about 10 hours), "
            + "which is open to you within your budget of USD 600 and 26 weeks: employers on that route know it, though this plan "
            + "counts none of the needs above as closed by it, so it is yours to take if the jobs you apply for name it.");
  }

  @Test
  void warnsWhenTheCredentialEmployersAskForOrTheRoutesFirstStepIsMissing() {
    GapItem asked = new GapItem("credential:15-1212.00", "A credential employers in this field ask for (one of Security+, CySA+)",
        1, 0, 5, true, false, "credential", List.of("cert:sec-plus", "cert:cysa"), 0);
    GapItem steps = new GapItem("credential:15-1212.00", "A first step on the usual route in (one of Linux Fundamentals)",
        1, 0, 5, true, true, "credential", List.of("course:linux"), 1);
    assertThat(review(request().build(), draft(List.of(), 0.5, List.of(asked), "course:excel")).warnings())
        .filteredOn(w -> w.rule().equals("WarnRecognisedCredentialMissing")).extracting(Reason::text)
        .containsExactly("This pathway does not include any of Security+ or CySA+, which employers hiring Information Security "
            + "Analysts ask for by name; none is open to you within this plan (the notes say why).");
    assertThat(review(request().build(), draft(List.of(), 0.5, List.of(steps), "course:excel")).warnings())
        .filteredOn(w -> w.rule().equals("WarnRecognisedCredentialMissing")).extracting(Reason::text)
        .containsExactly("This pathway does not include any of Linux Fundamentals, the first steps on the usual route "
            + "into Information Security Analysts; it does not fit within this plan's cost and week limits.");
  }

  @Test
  void warnsAboutRenewalsFallingDueWithinThreeYears() {
    Review r = review(request().build(), draft(List.of(), 1, List.of(), "cert:net-plus", "course:linux"));
    assertThat(r.warnings()).filteredOn(w -> w.rule().equals("WarnRenewalDueWithinThreeYears")).extracting(Reason::text)
        .containsExactly("Network+ must be renewed every 3 years (USD 150 each time); the first renewal falls due 3 years after you earn it.");
  }

  @Test
  void suggestsRecommendedPreparationMissingFromThePathway() {
    Review without = review(request().build(), draft(List.of(), 1, List.of(), "cert:net-plus"));
    Review with = review(request().build(), draft(List.of(), 1, List.of(), "cert:a-plus", "cert:net-plus"));
    assertThat(without.suggestions()).filteredOn(s -> s.rule().equals("SuggestRecommendedPreparation"))
        .extracting(Reason::text).containsExactly("CompTIA recommends A+ before Network+; it is neither held nor earlier in this pathway.");
    assertThat(rulesOf(with.suggestions())).doesNotContain("SuggestRecommendedPreparation");
  }

  @Test
  void warnsWhatTheAffordablePathwayLeavesShortAndWhatMoreBudgetWouldBuy() {
    Review r = review(request().maxCost(100).build(), draft(List.of(), 0.6, List.of(SQL, PYTHON), 420, java.util.Map.of(),
        java.util.Map.of(), "course:excel", "course:tableau"));
    assertThat(r.warnings()).filteredOn(w -> w.rule().equals("WarnAboutUncoveredSkills")).extracting(Reason::text)
        .containsExactly("This pathway closes 60% of what credentials can teach Information Security Analysts; it leaves Python and SQL short.");
    assertThat(r.warnings()).filteredOn(w -> w.rule().equals("WarnOverBudgetPathway")).extracting(Reason::text)
        .containsExactly("This pathway costs USD 113, USD 13 over your budget of USD 100.");
    assertThat(r.suggestions()).filteredOn(s -> s.rule().equals("SuggestBudgetForTeachableSkills")).extracting(Reason::text)
        .containsExactly("More budget would close Python and SQL: closing everything the catalogue teaches for Information Security "
            + "Analysts costs at least USD 420 and takes 30 weeks at your pace.");
  }

  @Test
  void saysMoreWeeksNotMoreBudgetWhenTheWeeksAreWhatStopsIt() {
    // Closing costs USD 420, within USD 1,000, but takes 30 weeks against the 20 given: more money would not help.
    Review r = review(request().maxCost(1000).maxWeeks(20).build(), draft(List.of(), 0.6, List.of(SQL, PYTHON), 420,
        java.util.Map.of(), java.util.Map.of(), "course:excel"));
    assertThat(r.suggestions()).filteredOn(s -> s.rule().equals("SuggestBudgetForTeachableSkills")).extracting(Reason::text)
        .containsExactly("More weeks would close Python and SQL: closing everything the catalogue teaches for Information Security "
            + "Analysts costs at least USD 420, within your budget, and takes 30 weeks at your pace, more than the 20 weeks you "
            + "gave; more hours a week or a later finish would fit it.");
    Review both = review(request().maxCost(100).maxWeeks(20).build(), draft(List.of(), 0.6, List.of(SQL, PYTHON), 420,
        java.util.Map.of(), java.util.Map.of(), "course:excel"));
    assertThat(both.suggestions()).filteredOn(s -> s.rule().equals("SuggestBudgetForTeachableSkills")).extracting(Reason::text)
        .singleElement().asString().startsWith("More budget and more weeks would close Python and SQL");
  }

  @Test
  void saysNoCredentialTeachesASkillInsteadOfAskingForMoreBudget() {
    GapItem lms = new GapItem("skill:lms", "LMS administration", 3, 0, 3.5, true, false, "field", List.of(), 0);
    Review r = review(request().maxCost(1000).build(), draft(List.of(), 0.7, List.of(lms), 420, java.util.Map.of(),
        java.util.Map.of(), "course:excel"));
    assertThat(r.suggestions()).filteredOn(s -> s.rule().equals("ExplainSkillsNoCredentialTeaches")).extracting(Reason::text)
        .containsExactly("No credential open to you here (within your budget, languages and eligibility) teaches LMS administration "
            + "at the level Information Security Analysts need; "
            + "people learn it on the job or in a longer programme.");
    assertThat(rulesOf(r.suggestions())).doesNotContain("SuggestBudgetForTeachableSkills");
  }

  @Test
  void explainsEachStepByWhatItClosesFromWhatIsHeldAndWhyItBeatsTheNextOption() {
    GapItem sqlFromTwo = new GapItem("skill:sql", "SQL", 3, 2, 4.5, true);
    List<GapItem> none = List.of();
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(CATALOG.credential("course:sql-advanced")), List.of(), 98, 40,
        8, 8, 1, none, List.of(sqlFromTwo), java.util.Map.of("course:sql-advanced", List.of("skill:sql")), java.util.Map.of(), -1, 0,
        java.util.Map.of("course:sql-advanced", CATALOG.credential("prog:data-analytics")), java.util.Map.of());
    Review r = review(request().build(), d);
    assertThat(r.stepReasons().get("course:sql-advanced")).extracting(Reason::text).containsExactly(
        "Closes SQL (to level 3, from 2) of what the job needs.",
        "Builds on the SQL you already have rather than starting from scratch.",
        "Costs USD 98; the next option that closes the same, Data Analytics Professional Certificate, costs USD 245.");
  }

  @Test
  void aToolGroupBuiltOnIsNamedByItsKindNotAsIfTheLearnerHeldEachTool() {
    // Held-out review #24: "Builds on the One of Linux, Bash, ... you already have" read as holding Linux, for someone
    // whose only such tool was Windows.
    GapItem group = new GapItem("skill:data-analysis", "One of SQL, Python (data analysis)", 3, 2, 4.5, true, true, "tool",
        List.of("skill:sql", "skill:python"), 3);
    PathwayDraft d = new PathwayDraft(CATALOG.occupation("15-1212.00"), "cheapest", List.of(CATALOG.credential("course:sql-advanced")), List.of(), 98, 40,
        8, 8, 1, List.of(), List.of(group), java.util.Map.of("course:sql-advanced", List.of("skill:data-analysis")),
        java.util.Map.of(), -1, 0, java.util.Map.of(), java.util.Map.of());
    assertThat(review(request().build(), d).stepReasons().get("course:sql-advanced")).extracting(Reason::text)
        .contains("Builds on the data analysis you already have rather than starting from scratch.");
  }

  /** The SQL pathway as scheduled in {@code weeks}, against the optimiser's estimate of {@code estimatedWeeks}. */
  private static PathwayDraft scheduledIn(int weeks, int estimatedWeeks) {
    PathwayDraft d = draft(List.of(), 1, List.of(), "course:sql-basics", "course:sql-advanced");
    return new PathwayDraft(d.target(), d.label(), d.steps(), d.held(), d.cost(), d.hours(), weeks, estimatedWeeks, d.coverage(),
        d.uncovered(), d.gap(), d.closes(), d.partly(), d.closingCost(), d.closingWeeks(), d.nextBest(), d.recognition());
  }

  @Test
  void warnsWhenTheScheduleRunsOverTheWeekBudgetAndOnlyThen() {
    assertThat(review(request().maxWeeks(26).build(), scheduledIn(30, 30)).warnings()).extracting(Reason::rule, Reason::text)
        .containsExactly(org.assertj.core.api.Assertions.tuple("WarnOverWeekBudget",
            "The schedule takes 30 weeks, over the 26-week budget."));
    assertThat(rulesOf(review(request().maxWeeks(30).build(), scheduledIn(30, 30)).warnings())).doesNotContain("WarnOverWeekBudget");
    // Without a week budget (Draft.maxWeeks 0) no length is over it.
    assertThat(rulesOf(review(request().build(), scheduledIn(300, 300)).warnings())).doesNotContain("WarnOverWeekBudget");
  }

  @Test
  void warnsWhenTheScheduleTakesLongerThanTheOptimisersEstimate() {
    assertThat(review(request().build(), scheduledIn(12, 9)).warnings()).extracting(Reason::rule, Reason::text)
        .containsExactly(org.assertj.core.api.Assertions.tuple("WarnScheduleLongerThanEstimate",
            "The week-by-week schedule takes 12 weeks, longer than the 9 weeks the prerequisite chains and total hours "
                + "suggest, because course loads and start dates do not pack perfectly."));
    assertThat(rulesOf(review(request().build(), scheduledIn(9, 9)).warnings())).doesNotContain("WarnScheduleLongerThanEstimate");
  }

  @Test
  void givesNoAdviceOnACompleteAffordablePathwayWithoutRenewals() {
    Review r = review(request().maxCost(500).build(), draft(List.of(), 1, List.of(), "course:sql-basics", "course:sql-advanced"));
    assertThat(r.stacksEarned()).isEmpty();
    assertThat(r.suggestions()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void reviewsFivePathwaysOfOneRequestEachWithItsOwnWarnings() {
    // (how long a review takes is measured by credpath bench plan, not here)
    PlanRequest req = request().maxCost(1000).build();
    List<PathwayDraft> drafts = List.of(
        draft(List.of(), 0.8, List.of(SQL), "cert:a-plus", "cert:net-plus", "cert:sec-plus"),
        draft(List.of(), 1, List.of(), "cert:net-plus", "cert:sec-plus"),
        draft(List.of(), 0.6, List.of(SQL, PYTHON), "course:excel", "course:tableau"),
        draft(List.of(), 1, List.of(), "course:sql-basics", "course:sql-advanced", "course:stats"),
        draft(List.of(), 0.9, List.of(PYTHON), "prog:data-analytics", "cert:a-plus"));
    List<Review> reviews = drafts.stream().map(d -> review(req, d)).toList();
    // The renewing certifications' pathways say when renewal falls due; the courses' pathway has nothing to renew.
    assertThat(rulesOf(reviews.get(0).warnings())).contains("WarnRenewalDueWithinThreeYears");
    assertThat(rulesOf(reviews.get(4).warnings())).contains("WarnRenewalDueWithinThreeYears");
    assertThat(rulesOf(reviews.get(3).warnings())).doesNotContain("WarnRenewalDueWithinThreeYears");
  }

}
