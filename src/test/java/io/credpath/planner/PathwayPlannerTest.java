package io.credpath.planner;

import static io.credpath.planner.Requests.budget;
import static io.credpath.planner.Requests.profile;
import static io.credpath.planner.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import io.credpath.catalog.UnknownIdException;
import io.credpath.planner.solver.Objective;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PathwayPlannerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-06T00:00:00Z"), ZoneOffset.UTC);
  private final Catalog small = Fixtures.smallCatalog();
  private final PathwayPlanner planner = new PathwayPlanner(small, new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);

  private PathwayPlanner plannerWith(Occupation extra) {
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(extra);
    Catalog c = new Catalog(small.skills(), occs, small.credentials(), small.stacks(), Map.of());
    return new PathwayPlanner(c, new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
  }

  /** The small catalogue with {@code credentials} and {@code occupations} added. */
  private Catalog smallWith(List<io.credpath.catalog.Credential> credentials, Occupation... occupations) {
    List<io.credpath.catalog.Credential> creds = new ArrayList<>(small.credentials());
    creds.addAll(credentials);
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.addAll(List.of(occupations));
    return new Catalog(small.skills(), occs, creds, small.stacks(), Map.of());
  }

  private static List<String> ids(Pathway p) {
    return p.steps().stream().map(Pathway.Step::credential).toList();
  }

  @Test
  void gapForDataAnalystListsEssentialSkillsFirstByImportance() {
    PlanResult r = planner.plan(request("15-2051.01", LearnerProfile.empty()));
    assertThat(r.gap()).extracting(PlanResult.GapItem::skill)
        .containsExactly("skill:sql", "skill:tableau", "skill:statistics", "skill:python", "skill:excel");
    assertThat(r.gap()).allSatisfy(g -> assertThat(g.heldLevel()).isZero());
    assertThat(r.gap()).allSatisfy(g -> assertThat(g.coverable()).isTrue());
  }

  @Test
  void heldCredentialsImplyTheSkillsTheyTeach() {
    PlanResult r = planner.plan(request("15-2051.01", profile(List.of("prog:data-analytics"), 0)));
    assertThat(r.gap()).extracting(PlanResult.GapItem::skill).containsExactly("skill:statistics", "skill:python");
    assertThat(r.gap().get(0).heldLevel()).isEqualTo(2);
  }

  @Test
  void cheapestDataAnalystPathwayUsesTheProfessionalCertificate() {
    Pathway p = planner.plan(request("15-2051.01", LearnerProfile.empty())).pathways().get(0);
    assertThat(p.label()).contains("cheapest");
    assertThat(p.optimal()).isTrue();
    assertThat(ids(p)).containsExactlyInAnyOrder("prog:data-analytics", "course:stats", "course:python-data");
    assertThat(p.totals().cost()).isEqualTo(412.0);
    assertThat(p.coverage()).isEqualTo(1.0);
  }

  @Test
  void orPrerequisiteIsMetByExperienceInsteadOfNetworkPlus() {
    SkillLevel networking = new SkillLevel("skill:networking", 3);
    Pathway experienced = planner.plan(request("15-1212.00", profile(List.of(), 2, networking))).pathways().get(0);
    Pathway novice = planner.plan(request("15-1212.00", profile(List.of(), 0, networking))).pathways().get(0);
    assertThat(ids(experienced)).containsExactlyInAnyOrder("cert:sec-plus", "course:linux");
    assertThat(ids(novice)).containsExactlyInAnyOrder("cert:net-plus", "cert:sec-plus", "course:linux");
    assertThat(step(novice, "cert:net-plus").endWeek()).isLessThan(step(novice, "cert:sec-plus").startWeek());
  }

  @Test
  void yearsTheRulesSayAreInAnotherFieldDoNotOpenTheExperienceRoute() {
    // Security+ opens after Network+ or two years of work; when the rules judge those years to be in another field,
    // the pathway takes Network+ first however many years the learner has.
    SkillLevel networking = new SkillLevel("skill:networking", 3);
    PathwayPlanner judged = new PathwayPlanner(small, new FakeRules(java.util.Set.of("cert:sec-plus")), ShippedGapPolicy.POLICY, CLOCK);
    Pathway p = judged.plan(request("15-1212.00", profile(List.of(), 5, networking))).pathways().get(0);
    assertThat(ids(p)).containsExactlyInAnyOrder("cert:net-plus", "cert:sec-plus", "course:linux");
  }

  @Test
  void kOfNPrerequisiteTakesTwoOfTheListedCertifications() {
    Occupation expert = new Occupation("99-0001.00", "Security Expert", List.of(), "", OptionalInt.of(5),
        List.of(new SkillRequirement("skill:security", 5, 5, true, false, false, "test")), List.of(), List.of());
    Pathway p = plannerWith(expert).plan(request("99-0001.00", profile(List.of(), 3))).pathways().get(0);
    assertThat(ids(p)).contains("cert:expert", "cert:sec-plus").hasSize(3);
    assertThat(ids(p)).containsAnyOf("cert:cysa", "cert:pentest");
    assertThat(p.totals().cost()).isEqualTo(404 + 404 + 509);
    String second = ids(p).contains("cert:cysa") ? "cert:cysa" : "cert:pentest";
    assertThat(step(p, "cert:sec-plus").endWeek()).isLessThan(step(p, second).startWeek());
    assertThat(step(p, second).endWeek()).isLessThan(step(p, "cert:expert").startWeek());
  }

  @Test
  void aPathwayWhoseScheduleRunsOverTheWeekBudgetIsReplacedByOneThatFits() {
    // Two 12-hour courses that each take at least 2 weeks are the cheapest cover and count as 3 weeks at 8 hours a
    // week (24 hours), but the second can only begin with the 2 hours the first leaves and ends in week 4; the
    // dearer course that teaches both skills fits the 3 weeks.
    Occupation both = new Occupation("99-0003.00", "Both Skills", List.of(), "", OptionalInt.empty(),
        List.of(new SkillRequirement("skill:sql", 3, 5, true, false, false, "test"),
            new SkillRequirement("skill:python", 3, 5, true, false, false, "test")), List.of(), List.of());
    Catalog catalog = smallWith(List.of(Fixtures.credential("x:sql").cost(10).hours(12).weeks(2, 4).skills("sql", 3).build(),
        Fixtures.credential("x:python").cost(10).hours(12).weeks(2, 4).skills("python", 3).build(),
        Fixtures.credential("x:both").cost(90).hours(20).weeks(1, 4).skills("sql", 3, "python", 3).build()), both);
    FakeRules rules = new FakeRules();
    PathwayPlanner p = new PathwayPlanner(catalog, rules, ShippedGapPolicy.POLICY, CLOCK);
    PlanRequest over = request("99-0003.00", LearnerProfile.empty(), budget(null, 3, 8), Objective.CHEAPEST, 1);
    Pathway cheapest = p.plan(over).pathways().get(0);
    assertThat(ids(cheapest)).containsExactly("x:both");
    assertThat(cheapest.totals().weeks()).isEqualTo(3);
    assertThat(cheapest.optimal()).as("best that fits, not proven").isFalse();
    // The rules (WarnOverWeekBudget, see ReviewRulesTest) judge the weeks as scheduled, which fit.
    assertThat(rules.reviewed).extracting(PathwayRules.PathwayDraft::weeks).containsExactly(3);
    // With a week to spare the two cheap courses stand: their schedule fits.
    Pathway roomy = p.plan(request("99-0003.00", LearnerProfile.empty(), budget(null, 4, 8), Objective.CHEAPEST, 1)).pathways().get(0);
    assertThat(ids(roomy)).containsExactlyInAnyOrder("x:sql", "x:python");
    assertThat(roomy.totals().weeks()).isEqualTo(4);
  }

  @Test
  void budgetTooSmallGivesBestCoverageAndTellsTheRulesWhatClosingTheGapCosts() {
    FakeRules rules = new FakeRules();
    PathwayPlanner planner = new PathwayPlanner(small, rules, ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request("15-2051.01", LearnerProfile.empty(), budget(100.0, null, 8), Objective.CHEAPEST, 4));
    assertThat(r.pathways()).hasSize(1);
    Pathway p = r.pathways().get(0);
    assertThat(p.label()).isEqualTo("best coverage");
    assertThat(p.optimal()).isTrue();
    assertThat(p.totals().cost()).isLessThanOrEqualTo(100.0);
    assertThat(p.coverage()).isGreaterThan(0).isLessThan(1);
    // The words are the rules' (advice.drl SuggestBudgetForTeachableSkills); the planner supplies the figure.
    assertThat(rules.reviewed).singleElement().satisfies(d -> assertThat(d.closingCost()).isEqualTo(412.0));
  }

  @Test
  void unknownTargetSuggestsCloseIds() {
    assertThatThrownBy(() -> planner.plan(request("15-2051.0", LearnerProfile.empty())))
        .isInstanceOf(UnknownIdException.class)
        .satisfies(e -> assertThat(((UnknownIdException) e).suggestions()).contains("15-2051.01"));
  }

  @Test
  void mistypedTitleSuggestsOccupationsByAlternateTitleWithTheirNames() {
    assertThatThrownBy(() -> planner.plan(request("Data Analist", LearnerProfile.empty())))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("15-2051.01 Business Intelligence Analysts")
        .satisfies(e -> assertThat(((UnknownIdException) e).suggestions()).first().isEqualTo("15-2051.01"));
  }

  @Test
  void unknownHeldCredentialSuggestsCloseIds() {
    assertThatThrownBy(() -> planner.plan(request("15-2051.01", profile(List.of("course:sql-basic"), 0))))
        .isInstanceOf(UnknownIdException.class)
        .satisfies(e -> assertThat(((UnknownIdException) e).suggestions()).contains("course:sql-basics"));
  }

  @Test
  void targetResolvesByAlternateTitleIgnoringCase() {
    assertThat(planner.plan(request("data ANALYST", LearnerProfile.empty())).target().id()).isEqualTo("15-2051.01");
    assertThat(planner.plan(request("information security analysts", LearnerProfile.empty())).target().id()).isEqualTo("15-1212.00");
  }

  @Test
  void sharedAlternateTitleIsAmbiguous() {
    Occupation other = new Occupation("99-0002.00", "Other Analysts", List.of("Data Analyst"), "", OptionalInt.empty(),
        List.of(), List.of(), List.of());
    assertThatThrownBy(() -> plannerWith(other).plan(request("data analyst", LearnerProfile.empty())))
        .isInstanceOf(AmbiguousTargetException.class)
        .satisfies(e -> assertThat(((AmbiguousTargetException) e).choices()).extracting(PlanResult.Target::id)
            .containsExactlyInAnyOrder("15-2051.01", "99-0002.00"));
  }

  @Test
  void aSingularTitleOrATitlesHeadNamesTheOccupation() {
    Occupation postsecondary = new Occupation("99-0011.00", "Teaching Assistants, Postsecondary", List.of(), "",
        OptionalInt.empty(), List.of(), List.of(), List.of());
    Occupation school = new Occupation("99-0012.00", "Teaching Assistants, Preschool, Elementary, Middle, and Secondary School",
        List.of(), "", OptionalInt.empty(), List.of(), List.of(), List.of());
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.addAll(List.of(postsecondary, school));
    PathwayPlanner two = new PathwayPlanner(new Catalog(small.skills(), occs, small.credentials(), small.stacks(), Map.of()),
        new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    assertThatThrownBy(() -> two.plan(request("teaching assistant", LearnerProfile.empty())))
        .isInstanceOf(AmbiguousTargetException.class)
        .satisfies(e -> assertThat(((AmbiguousTargetException) e).choices()).extracting(PlanResult.Target::id)
            .containsExactlyInAnyOrder("99-0011.00", "99-0012.00"));
    assertThat(two.plan(request("Teaching Assistant, postsecondary", LearnerProfile.empty())).target().id()).isEqualTo("99-0011.00");
    assertThat(two.plan(request("information security analyst", LearnerProfile.empty())).target().id()).isEqualTo("15-1212.00");
    // A title's first words name it when no other title starts so; "teaching" starts two.
    assertThat(two.plan(request("Information Security", LearnerProfile.empty())).target().id()).isEqualTo("15-1212.00");
    assertThatThrownBy(() -> two.plan(request("teaching", LearnerProfile.empty()))).isInstanceOf(AmbiguousTargetException.class);
  }

  @Test
  void theCurrentJobMayBeNamedByTitleAsTheTargetIs() {
    LearnerProfile byId = new LearnerProfile(List.of(), List.of(), 3, Optional.of("15-1212.00"));
    LearnerProfile byTitle = new LearnerProfile(List.of(), List.of(), 3, Optional.of("information security analyst"));
    assertThat(planner.plan(request("15-2051.01", byTitle))).isEqualTo(planner.plan(request("15-2051.01", byId)));
    assertThatThrownBy(() -> planner.plan(request("15-2051.01", new LearnerProfile(List.of(), List.of(), 3,
        Optional.of("dragon tamer"))))).isInstanceOf(io.credpath.catalog.UnknownIdException.class)
        .hasMessageStartingWith("unknown current occupation 'dragon tamer'");
  }

  @Test
  void skillNoCredentialTeachesIsReportedUncoverable() {
    Occupation odd = new Occupation("99-0003.00", "Odd Job", List.of(), "", OptionalInt.empty(),
        List.of(new SkillRequirement("skill:data-analysis", 5, 4, true, false, false, "test"),
            new SkillRequirement("skill:excel", 2, 4, true, false, false, "test")), List.of(), List.of());
    PlanResult r = plannerWith(odd).plan(request("99-0003.00", LearnerProfile.empty()));
    assertThat(r.gap()).filteredOn(g -> g.skill().equals("skill:data-analysis")).singleElement()
        .satisfies(g -> assertThat(g.coverable()).isFalse());
    assertThat(ids(r.pathways().get(0))).containsExactly("course:excel");
    // Coverage is of what credentials can teach: Excel is all of it; data analysis is reported as uncoverable above.
    assertThat(r.pathways().get(0).coverage()).isEqualTo(1.0);
    assertThat(r.pathways().get(0).label()).isNotEqualTo("best coverage");
  }

  @Test
  void aPathwayTakesOneOfTwoEquivalentCertificationsEmployersAskFor() {
    // Two certifications of the same skills, each alternatives for the credential item, each teaching one of the two
    // skills to the job's level: without the rule the cheapest pathway takes both; with it, one plus a course.
    io.credpath.catalog.Credential first = Fixtures.credential("cert:first").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(100).hours(20).weeks(2, 4).skills("sql", 3, "tableau", 1).build();
    io.credpath.catalog.Credential second = Fixtures.credential("cert:second").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(100).hours(20).weeks(2, 4).skills("sql", 1, "tableau", 3).build();
    Occupation analyst = new Occupation("99-0006.00", "Report Analyst", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test"),
            new SkillRequirement("skill:tableau", 3, 4, true, false, false, "test")), List.of(), List.of(),
        List.of("cert:first", "cert:second"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification",
            "Employers ask for either certification.", OptionalInt.of(3), List.of("cert:first", "cert:second"), List.of(),
            "https://example.org/route")));
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(first, second), analyst), new FakeRules(), ShippedGapPolicy.POLICY,
        CLOCK);
    PlanResult r = planner.plan(request("99-0006.00", LearnerProfile.empty()));
    assertThat(r.pathways()).isNotEmpty().allSatisfy(p -> assertThat(ids(p)).as(p.label())
        .containsAnyOf("cert:first", "cert:second").doesNotContain("cert:unused")
        .satisfies(steps -> assertThat(steps.contains("cert:first") && steps.contains("cert:second")).as("both alternatives").isFalse()));
    assertThat(ids(r.pathways().get(0))).containsExactlyInAnyOrder("cert:first", "course:tableau");
  }

  @Test
  void aBetterRecognisedExamAFewPerCentDearerStandsInForTheCourseThatTeachesTheSame() {
    // course:stats (USD 147, 45 h) teaches statistics to level 3; an exam of it for USD 150 in 30 hours is within the shipped
    // policy's premium (5 %, at most 10), one for USD 158 is not.
    Occupation statistician = new Occupation("99-0090.00", "Survey Statistician", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:statistics", 3, 4, true, false, false, "test")), List.of(), List.of(), List.of(),
        java.util.Optional.empty());
    io.credpath.catalog.Credential near = Fixtures.credential("cert:stats-near").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(150).hours(30).weeks(2, 6).skills("statistics", 3).build();
    io.credpath.catalog.Credential far = Fixtures.credential("cert:stats-far").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(158).hours(30).weeks(2, 6).skills("statistics", 3).build();
    PlanRequest cheapest = request("99-0090.00", LearnerProfile.empty(), budget(600.0, 26, 10), Objective.CHEAPEST, 1);
    assertThat(ids(new PathwayPlanner(smallWith(List.of(near), statistician), new FakeRules(), ShippedGapPolicy.POLICY, CLOCK)
        .plan(cheapest).pathways().get(0))).containsExactly("cert:stats-near");
    assertThat(ids(new PathwayPlanner(smallWith(List.of(far), statistician), new FakeRules(), ShippedGapPolicy.POLICY, CLOCK)
        .plan(cheapest).pathways().get(0))).containsExactly("course:stats");
    NeedPolicy exact = new NeedPolicy(3, true, true, 12, 2, 2, 6, 0, 0, 0);
    assertThat(ids(new PathwayPlanner(smallWith(List.of(near), statistician), new FakeRules(), exact, CLOCK)
        .plan(cheapest).pathways().get(0))).containsExactly("course:stats");
  }

  @Test
  void theBestRecognisedPathwayTakesTheRoutesOtherCredentialsThatStillFit() {
    // Employers ask for any of two exams on different ground or two training programmes and train the rest: the
    // cheapest pathway takes one exam; the best-recognised one, with money and weeks left, the route's other exam and a
    // programme, cheapest first, but never a second programme beside one it has, nor what the budget cannot pay.
    io.credpath.catalog.CredentialType exam = io.credpath.catalog.CredentialType.CERTIFICATION;
    io.credpath.catalog.Credential one = Fixtures.credential("cert:route-one").type(exam).exam(100).hours(10).weeks(1, 2)
        .skills("sql", 2).preparesFor("99-0060.00").build();
    io.credpath.catalog.Credential two = Fixtures.credential("cert:route-two").type(exam).exam(150).hours(10).weeks(1, 2)
        .skills("tableau", 2).preparesFor("99-0060.00").build();
    io.credpath.catalog.Credential progA = Fixtures.credential("prog:route-a").cost(300).hours(60).weeks(4, 8)
        .skills("statistics", 2).preparesFor("99-0060.00").build();
    io.credpath.catalog.Credential progB = Fixtures.credential("prog:route-b").cost(350).hours(60).weeks(4, 8)
        .skills("python", 2).preparesFor("99-0060.00").build();
    List<String> route = List.of("cert:route-one", "cert:route-two", "prog:route-a", "prog:route-b");
    Occupation clerk = new Occupation("99-0060.00", "Route Clerk", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
        route, java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Hired with one of these; trained on the job.",
            OptionalInt.of(1), List.of(), route, "https://example.org/route")));
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(one, two, progA, progB), clerk), new FakeRules(),
        ShippedGapPolicy.POLICY, CLOCK);
    PlanResult open = planner.plan(request("99-0060.00", LearnerProfile.empty()));
    assertThat(ids(open.pathways().get(0))).containsExactly("cert:route-one");
    assertThat(open.pathways()).filteredOn(p -> p.label().contains("best-recognised")).singleElement()
        .satisfies(p -> assertThat(ids(p)).containsExactlyInAnyOrder("cert:route-one", "cert:route-two", "prog:route-a"));
    Budget tight = new Budget(java.util.OptionalDouble.of(300), "USD", java.util.OptionalDouble.empty(), OptionalInt.empty(), 8);
    PlanResult within = planner.plan(Requests.request("99-0060.00", LearnerProfile.empty(), tight, Objective.CHEAPEST, 4));
    assertThat(within.pathways()).filteredOn(p -> p.label().contains("best-recognised")).singleElement()
        .satisfies(p -> assertThat(ids(p)).containsExactlyInAnyOrder("cert:route-one", "cert:route-two"));
  }

  @Test
  void betweenEquallyCheapAndQuickCoursesTheOneMoreAboutTheJobIsTaken() {
    // Both teach the SQL the job needs at its level for the same money and hours; one also teaches statistics, which
    // the job lists, the other Python, which it does not. The id no longer decides: the statistics one sorts last.
    io.credpath.catalog.Credential platform = Fixtures.credential("course:aa-sql-on-a-platform").cost(50).hours(10).weeks(1, 2)
        .skills("sql", 3, "python", 2).build();
    io.credpath.catalog.Credential analysis = Fixtures.credential("course:zz-sql-for-analysis").cost(50).hours(10).weeks(1, 2)
        .skills("sql", 3, "statistics", 2).build();
    Occupation reports = new Occupation("99-0010.00", "Report Writer", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test"),
            new SkillRequirement("skill:statistics", 1, 2.5, false, false, false, "test")), List.of(), List.of(), List.of(),
        java.util.Optional.empty());
    Catalog catalog = smallWith(List.of(platform, analysis), reports);
    catalog = new Catalog(catalog.skills(), catalog.occupations(), catalog.credentials().stream()
        .filter(c -> c.skills().stream().noneMatch(t -> t.skill().equals("skill:sql")) || c.id().startsWith("course:aa-")
            || c.id().startsWith("course:zz-")).toList(), List.of(), Map.of());
    PathwayPlanner p = new PathwayPlanner(catalog, new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = p.plan(request("99-0010.00", LearnerProfile.empty()));
    assertThat(r.pathways()).isNotEmpty().allSatisfy(x -> assertThat(ids(x)).as(x.label()).containsExactly("course:zz-sql-for-analysis"));
  }

  @Test
  void whatAnEmployersOwnTrainingTeachesIsNotBoughtBeforeApplying() {
    // The airline's certificate is earned only in its own training after hire: the SQL it teaches is the route's.
    io.credpath.catalog.Credential conferred = Fixtures.credential("cert:conferred").type(io.credpath.catalog.CredentialType.LICENCE)
        .cost(0).hours(200).skills("sql", 3)
        .condition(new io.credpath.catalog.Condition("employer", "Issued only after an employer's own training.", 0)).build();
    Occupation crew = new Occupation("99-0012.00", "Crew", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(), List.of("cert:conferred"),
        java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Hired and trained by the employer.",
            OptionalInt.of(2), List.of("cert:conferred"), List.of(), "https://example.org/route")));
    PlanResult r = new PathwayPlanner(smallWith(List.of(conferred), crew), new FakeRules(), ShippedGapPolicy.POLICY, CLOCK)
        .plan(request("99-0012.00", LearnerProfile.empty()));
    assertThat(r.gap()).filteredOn(g -> g.skill().equals("skill:sql")).extracting(PlanResult.GapItem::kind)
        .containsExactly(PlanResult.ROUTE);
  }

  @Test
  void retiredCredentialsReachTheRulesWhichLeaveThemOutWithAReason() {
    // The cheapest security course is retired: the planner no longer drops it silently; the rules say why it is out.
    PlanResult r = planner.plan(request("15-1212.00", LearnerProfile.empty()));
    assertThat(r.excluded()).filteredOn(e -> e.credential().equals("course:retired-security"))
        .extracting(PlanResult.Excluded::rule).containsExactly("ExcludeRetiredCredential");
    assertThat(r.pathways()).allSatisfy(p -> assertThat(ids(p)).doesNotContain("course:retired-security"));
  }

  @Test
  void aShortCardDoesNotStandForTheProgrammeARouteStartsWith() {
    // The route's first steps are a 250-hour programme and a 4-hour CPR card: the card stays in the catalogue but does
    // not close "a first step toward it", or a pathway would buy the card and skip the training.
    io.credpath.catalog.Credential programme = Fixtures.credential("prog:training").title("Training Programme")
        .type(io.credpath.catalog.CredentialType.CERTIFICATE).cost(900).hours(250).weeks(16, 30).skills("tableau", 3).build();
    io.credpath.catalog.Credential card = Fixtures.credential("card:cpr").title("CPR Card")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).cost(80).hours(4).weeks(1, 1).skills("statistics", 1).build();
    io.credpath.catalog.Credential exam = Fixtures.credential("cert:exam").title("Field Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(120).hours(30).weeks(2, 4).skills("sql", 3).build();
    Occupation field = new Occupation("99-0008.00", "Field Technician", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(),
        List.of("cert:exam"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification",
            "Train, then sit the exam.", OptionalInt.of(6), List.of("cert:exam"), List.of("prog:training", "card:cpr"),
            "https://example.org/route")));
    Catalog catalog = smallWith(List.of(programme, card, exam), field);
    PathwayPlanner planner = new PathwayPlanner(catalog, new FakeRules(),
        ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request("99-0008.00", LearnerProfile.empty()));
    assertThat(r.gap()).filteredOn(g -> g.skill().equals("first-step:99-0008.00")).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactly("prog:training"));
    assertThat(ids(r.pathways().get(0))).contains("prog:training", "cert:exam").doesNotContain("card:cpr");
  }

  @Test
  void whatTheRoutesCredentialAsksForFirstIsAFirstStepWhenBothDoNotFit() {
    // Employers ask for the senior exam, which asks for the associate one first (curated for another job); the two do not
    // fit $600 together, but the associate exam does: the pathway starts there, as an advisor would send an HR
    // specialist to SHRM-CP on the way to SHRM-SCP.
    io.credpath.catalog.Credential associate = Fixtures.credential("cert:associate").title("Associate Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(500).hours(60).weeks(4, 8).skills("excel", 2)
        .preparesFor("15-2051.01").build();
    io.credpath.catalog.Credential senior = Fixtures.credential("cert:senior").title("Senior Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(500).hours(60).weeks(4, 8).skills("excel", 3)
        .requires(new io.credpath.catalog.Requirement.HasCredential("cert:associate")).preparesFor("99-0011.00").build();
    Occupation manager = new Occupation("99-0011.00", "Field Manager", List.of(), "", OptionalInt.of(4), List.of(), List.of(),
        List.of(), List.of("cert:senior"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification",
            "Senior staff certify.", OptionalInt.of(6), List.of("cert:senior"), List.of(), "https://example.org/route")));
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(associate, senior), manager), new FakeRules(),
        ShippedGapPolicy.POLICY, CLOCK);
    Budget budget = new Budget(java.util.OptionalDouble.of(600), "USD", java.util.OptionalDouble.empty(), OptionalInt.of(26), 10);
    PlanResult r = planner.plan(Requests.request("99-0011.00", LearnerProfile.empty(), budget, Objective.CHEAPEST, 4));
    assertThat(r.gap()).filteredOn(g -> g.skill().equals("first-step:99-0011.00")).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactly("cert:associate"));
    assertThat(ids(r.pathways().get(0))).containsExactly("cert:associate");
  }

  @Test
  void theCredentialEmployersAskForComesBeforeAnyNumberOfCheaperCourses() {
    // The exam closes one item worth 5 and leaves $100; the four courses it crowds out close items worth 15.5 together.
    // An advisor spends on the credential employers name first, and the coverage shown is still the real one.
    io.credpath.catalog.Credential exam = Fixtures.credential("cert:field").title("Field Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(500).hours(60).weeks(4, 8).skills("excel", 3).build();
    Occupation field = new Occupation("99-0009.00", "Field Analyst", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:sql", 3, 4.5, true, false, false, "test"),
            new SkillRequirement("skill:tableau", 3, 4.0, true, false, false, "test"),
            new SkillRequirement("skill:statistics", 3, 3.8, true, false, false, "test"),
            new SkillRequirement("skill:python", 2, 3.2, true, false, false, "test")),
        List.of(), List.of(), List.of("cert:field"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification",
            "Pass the exam.", OptionalInt.of(3), List.of("cert:field"), List.of(), "https://example.org/route")));
    Catalog catalog = smallWith(List.of(exam), field);
    PathwayPlanner planner = new PathwayPlanner(catalog, new FakeRules(),
        ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request("99-0009.00", LearnerProfile.empty(), budget(600.0, null, 10), Objective.COVERAGE, 1));
    Pathway best = r.pathways().get(0);
    assertThat(ids(best)).contains("cert:field");
    double credentialShare = 5.0 / (5.0 + 4.5 + 4.0 + 3.8 + 3.2);
    assertThat(best.coverage()).isGreaterThanOrEqualTo(credentialShare).isLessThan(1.0);
  }

  @Test
  void aSkillCalledByAToolKindsNameClosesTheKind() {
    // O*NET's "Operating system software" (Linux, Windows) is also what the taxonomy calls the knowledge area Operating
    // Systems; a help-desk certification that teaches operating systems closes "one of Linux, Windows" for a help desk.
    io.credpath.catalog.Skill kind = new io.credpath.catalog.Skill("skill:operating-system-software", "Operating system software",
        List.of(), "technology", java.util.Optional.empty(), List.of("onet-commodity:43233004"));
    io.credpath.catalog.Skill linux = new io.credpath.catalog.Skill("skill:os-linux", "Linux distribution", List.of(), "technology",
        java.util.Optional.of("skill:operating-system-software"), List.of());
    io.credpath.catalog.Skill area = new io.credpath.catalog.Skill("skill:operating-systems", "Operating Systems",
        List.of("operating system software"), "knowledge", java.util.Optional.empty(), List.of());
    io.credpath.catalog.Credential cert = Fixtures.credential("cert:support").title("Support Technician")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(200).hours(60).weeks(4, 8).skills("operating-systems", 3)
        .preparesFor("99-0010.00").build();
    Occupation desk = new Occupation("99-0010.00", "Help Desk Technician", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:os-linux", 3, 4.0, true, true, true, "onet-technology", false,
            java.util.Optional.of("skill:operating-system-software"))),
        List.of(), List.of());
    List<io.credpath.catalog.Skill> skills = new ArrayList<>(small.skills());
    skills.addAll(List.of(kind, linux, area));
    List<io.credpath.catalog.Credential> creds = new ArrayList<>(small.credentials());
    creds.add(cert);
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(desk);
    PathwayPlanner planner = new PathwayPlanner(new Catalog(skills, occs, creds, small.stacks(), Map.of()), new FakeRules(),
        ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request("99-0010.00", LearnerProfile.empty()));
    assertThat(r.gap()).filteredOn(g -> g.skill().equals("skill:operating-system-software")).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactly("skill:os-linux", "skill:operating-systems"));
    assertThat(ids(r.pathways().get(0))).containsExactly("cert:support");
    assertThat(r.pathways().get(0).coverage()).isEqualTo(1.0);
  }

  /** An in-demand, essential tool of O*NET's kind {@code group}, needed at level 3. */
  private static SkillRequirement tool(String slug, String group) {
    return new SkillRequirement("skill:" + slug, 3, 4.0, true, true, true, "onet-technology", false,
        java.util.Optional.of("skill:" + group));
  }

  /**
   * A planner over two jobs that list {@code tools}: 99-0013.00, whose own certification teaches Tableau, and 99-0014.00,
   * which has no credential of its own.
   */
  private PathwayPlanner backedAndUnbacked(SkillRequirement... tools) {
    io.credpath.catalog.Credential own = Fixtures.credential("cert:own").title("Own Certification")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(100).hours(30).weeks(2, 4).skills("tableau", 3)
        .preparesFor("99-0013.00").build();
    Occupation backed = new Occupation("99-0013.00", "Backed Analyst", List.of(), "", OptionalInt.of(3), List.of(tools), List.of(),
        List.of(), List.of("cert:own"), java.util.Optional.empty());
    Occupation unbacked = new Occupation("99-0014.00", "Unbacked Analyst", List.of(), "", OptionalInt.of(3), List.of(tools), List.of(),
        List.of());
    return new PathwayPlanner(smallWith(List.of(own), backed, unbacked), new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
  }

  @Test
  void aLicenceRouteLongOnlyForTheYearsItAsksIsShortForSomeoneWhoseYearsCount() {
    // A captain-like licence needs a year of work in its field, so its route takes 18 months for a newcomer. A deckhand
    // of three years (a job the issuer counts) can take it now; one of six months, or someone from another field, cannot.
    io.credpath.catalog.Credential licence = Fixtures.credential("lic:captain").title("Captain Licence")
        .type(io.credpath.catalog.CredentialType.LICENCE).cost(1195).hours(64).weeks(2, 8).skills("statistics", 1)
        .preparesFor("99-0101.00").experienceIn("99-0100.00").requires(new io.credpath.catalog.Requirement.HasExperience(1)).build();
    Occupation deckhand = new Occupation("99-0100.00", "Deckhand", List.of(), "", OptionalInt.of(1), List.of(), List.of(), List.of(),
        List.of(), java.util.Optional.empty());
    Occupation captain = new Occupation("99-0101.00", "Boat Captain", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
        List.of("lic:captain"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("licence",
            "A Coast Guard licence after a year of logged boat time.", OptionalInt.of(18), List.of("lic:captain"), List.of(),
            "https://example.org/route")));
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(licence), deckhand, captain), new FakeRules(), ShippedGapPolicy.POLICY,
        CLOCK);
    Budget budget = new Budget(java.util.OptionalDouble.of(2000), "USD", java.util.OptionalDouble.empty(), OptionalInt.of(52), 10);
    LearnerProfile seasoned = new LearnerProfile(List.of(), List.of(), 3, java.util.Optional.of("99-0100.00"));
    PlanResult now = planner.plan(Requests.request("99-0101.00", seasoned, budget, Objective.CHEAPEST, 1));
    assertThat(now.pathways()).isNotEmpty();
    assertThat(ids(now.pathways().get(0))).containsExactly("lic:captain");
    LearnerProfile new_ = new LearnerProfile(List.of(), List.of(), 0.5, java.util.Optional.of("99-0100.00"));
    assertThat(planner.plan(Requests.request("99-0101.00", new_, budget, Objective.CHEAPEST, 1)).pathways())
        .allSatisfy(p -> assertThat(ids(p)).doesNotContain("lic:captain"));
  }

  @Test
  void whereEmployersTrainOnTheJobTheOneLevelLeftOfASkillTheLearnerWorksWithIsGrownThere() {
    // A short-order line trains on the job: a fast-food worker who cooks at level 2 grows the third level there, and a
    // beginner course is not bought for it; someone who never cooked (held 0), or a job entered by a programme, still
    // gets the course planned.
    io.credpath.catalog.Credential course = Fixtures.credential("course:cooking").title("Cooking Basics").cost(49).hours(40)
        .weeks(2, 6).skills("sql", 3).build();
    List<SkillRequirement> needs = List.of(new SkillRequirement("skill:sql", 3, 3.5, true, false, false, "test"));
    Occupation onTheJob = new Occupation("99-0070.00", "Line Cook", List.of(), "", OptionalInt.of(1), needs, List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Trained on the job in weeks.",
            OptionalInt.of(1), List.of(), List.of(), "https://example.org/route")));
    Occupation programme = new Occupation("99-0071.00", "Chef", List.of(), "", OptionalInt.of(3), needs, List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("programme", "A culinary programme.",
            OptionalInt.of(12), List.of(), List.of(), "https://example.org/route")));
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(course), onTheJob, programme), new FakeRules(), ShippedGapPolicy.POLICY,
        CLOCK);
    LearnerProfile cooks = new LearnerProfile(List.of(), List.of(new io.credpath.catalog.SkillLevel("skill:sql", 2)), 2,
        java.util.Optional.empty());
    PlanResult grown = planner.plan(request("99-0070.00", cooks));
    assertThat(grown.gap()).filteredOn(g -> g.skill().equals("skill:sql")).singleElement()
        .satisfies(g -> assertThat(g.kind()).isEqualTo(PlanResult.GENERAL));
    assertThat(grown.pathways()).isEmpty();
    assertThat(planner.plan(request("99-0070.00", LearnerProfile.empty())).pathways()).isNotEmpty();
    assertThat(planner.plan(request("99-0071.00", cooks)).gap()).filteredOn(g -> g.skill().equals("skill:sql"))
        .extracting(PlanResult.GapItem::kind).containsExactly(PlanResult.FIELD);
  }

  @Test
  void aKindOfToolTheFieldsOwnCredentialsDoNotTeachIsNotPlannedBesideOnesTheyDo() {
    // O*NET lists Tableau and Linux for this job; its own certification teaches Tableau. Linux is shown as learned on
    // the job, not planned (a UX designer's Java); without any credential of its own, both kinds are planned.
    PathwayPlanner planner = backedAndUnbacked(tool("tableau", "bi-software"), tool("linux", "os-software"));
    List<PlanResult.GapItem> gap = planner.plan(request("99-0013.00", LearnerProfile.empty())).gap();
    assertThat(gap).filteredOn(PlanResult.GapItem::planned).extracting(PlanResult.GapItem::skill)
        .contains("skill:bi-software").doesNotContain("skill:os-software");
    assertThat(gap).filteredOn(g -> g.kind().equals(PlanResult.GENERAL)).extracting(PlanResult.GapItem::skill)
        .as("shown as learned on the job").contains("skill:os-software");
    assertThat(planner.plan(request("99-0014.00", LearnerProfile.empty())).gap()).extracting(PlanResult.GapItem::skill)
        .contains("skill:bi-software", "skill:os-software");
  }

  @Test
  void aKindOfToolTheFieldsCredentialsTeachOnlyPartOfIsPlannedAsThatPart() {
    // O*NET lists Tableau and Excel as examples of one kind of tool; the job's own certification teaches Tableau, so the
    // item is Tableau (an Excel course made for bookkeepers does not close it). Without a credential of its own, the
    // item stays "one of" both.
    PathwayPlanner planner = backedAndUnbacked(tool("tableau", "bi-software"), tool("excel", "bi-software"));
    assertThat(planner.plan(request("99-0013.00", LearnerProfile.empty())).gap())
        .filteredOn(g -> g.skill().equals("skill:bi-software")).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactly("skill:tableau"))
        .satisfies(g -> assertThat(g.name()).isEqualTo("Tableau"));
    assertThat(planner.plan(request("99-0014.00", LearnerProfile.empty())).gap())
        .filteredOn(g -> g.skill().equals("skill:bi-software")).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactlyInAnyOrder("skill:tableau", "skill:excel"));
  }

  @Test
  void theToolsACurrentJobListsAreBackgroundForACourseThatAssumesThemNotAPrerequisiteToBuy() {
    // A network-support job lists Linux as one example of the operating systems it uses: the person holds the kind,
    // not every example, yet an intermediate Linux course that assumes Linux at level 2 is open to them without a
    // $200 beginner certification first. Someone without that job takes the beginner step.
    SkillRequirement linuxAt = new SkillRequirement("skill:linux", 2, 4.0, true, true, false, "onet-technology", false,
        java.util.Optional.of("skill:os-software"));
    SkillRequirement kind = new SkillRequirement("skill:windows", 2, 4.0, true, true, true, "onet-technology", false,
        java.util.Optional.of("skill:os-software"));
    Occupation support = new Occupation("99-0020.00", "Network Support", List.of(), "", OptionalInt.of(3), List.of(linuxAt, kind),
        List.of(), List.of());
    Occupation engineer = new Occupation("99-0021.00", "Systems Engineer", List.of(), "", OptionalInt.of(4),
        List.of(new SkillRequirement("skill:linux", 3, 4.0, true, true, true, "onet-technology", false,
            java.util.Optional.of("skill:os-software"))), List.of(), List.of());
    io.credpath.catalog.Credential basics = Fixtures.credential("cert:linux-basics").title("Linux Basics Certification")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(200).hours(20).weeks(1, 4).skills("linux", 2).build();
    io.credpath.catalog.Credential deeper = Fixtures.credential("course:linux-text-tools").title("Linux Text Tools")
        .cost(75).hours(6).weeks(1, 2).level(3).skills("linux", 3)
        .requires(new io.credpath.catalog.Requirement.HasSkill("skill:linux", 2)).build();
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(basics, deeper), support, engineer), new FakeRules(),
        ShippedGapPolicy.POLICY, CLOCK);
    LearnerProfile fromSupport = new LearnerProfile(List.of(), List.of(), 3, java.util.Optional.of("99-0020.00"));
    assertThat(planner.plan(request("99-0021.00", fromSupport)).pathways()).isNotEmpty()
        .allSatisfy(p -> assertThat(ids(p)).containsExactly("course:linux-text-tools"));
    assertThat(ids(planner.plan(request("99-0021.00", LearnerProfile.empty())).pathways().get(0)))
        .as("a beginner's Linux step first").hasSize(2).endsWith("course:linux-text-tools");
  }

  @Test
  void aFieldSkillTheCurrentJobUsesAsAToolIsHeldAtThatLevel() {
    // Held-out reviews #36 and #37: a shipping and inventory clerk of three years, whose job lists inventory management
    // software, was shown "Inventory Management, held 0" as a planning clerk's need. The tool is held as a field skill
    // (not as a tool of a kind: the Linux of the test above stays background for the target's own tools).
    SkillRequirement usedAsTool = new SkillRequirement("skill:linux", 2, 4.0, true, true, true, "onet-technology", false,
        java.util.Optional.of("skill:os-software"));
    Occupation clerk = new Occupation("99-0023.00", "Inventory Clerk", List.of(), "", OptionalInt.of(2), List.of(usedAsTool),
        List.of(), List.of());
    Occupation planner = new Occupation("99-0024.00", "Planning Clerk", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:linux", 3, 4.0, true, false, false, "derived-tasks")), List.of(), List.of());
    PathwayPlanner p = new PathwayPlanner(smallWith(List.of(), clerk, planner), new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    PlanResult fromClerk = p.plan(request("99-0024.00", new LearnerProfile(List.of(), List.of(), 3, java.util.Optional.of("99-0023.00"))));
    assertThat(fromClerk.gap()).filteredOn(g -> g.skill().equals("skill:linux")).singleElement()
        .satisfies(g -> assertThat(g.heldLevel()).isEqualTo(2));
    assertThat(p.plan(request("99-0024.00", LearnerProfile.empty())).gap()).filteredOn(g -> g.skill().equals("skill:linux"))
        .singleElement().satisfies(g -> assertThat(g.heldLevel()).isZero());
  }

  @Test
  void aProfessionalCredentialTheRulesPairWithItsRecommendedBaseComesAfterIt() {
    // The rules decided the plan takes the security specialist exam only after the associate exam its issuer
    // recommends: the associate closes nothing of the gap itself, yet comes first in every pathway that takes the
    // specialist exam, and the search may not take the specialist exam alone.
    Occupation job = new Occupation("99-0022.00", "Cloud Security Engineer", List.of(), "", OptionalInt.of(4),
        List.of(new SkillRequirement("skill:cloud-security", 3, 4.0, true, false, false, "derived-tasks")), List.of(), List.of());
    io.credpath.catalog.Skill cloudSecurity = new io.credpath.catalog.Skill("skill:cloud-security", "Cloud Security", List.of(),
        "competence", java.util.Optional.empty(), List.of());
    io.credpath.catalog.Credential base = Fixtures.credential("cert:admin-associate").title("Administrator Associate")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).level(3).exam(165).hours(60).weeks(2, 8).skills("linux", 3)
        .build();
    io.credpath.catalog.Credential pro = Fixtures.credential("cert:security-engineer").title("Security Engineer Associate")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).level(3).exam(165).hours(60).weeks(2, 8).skills("cloud-security", 3)
        .recommends(new io.credpath.catalog.Requirement.HasCredential("cert:admin-associate")).build();
    List<io.credpath.catalog.Skill> skills = new ArrayList<>(small.skills());
    skills.add(cloudSecurity);
    List<io.credpath.catalog.Credential> creds = new ArrayList<>(small.credentials());
    creds.addAll(List.of(base, pro));
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(job);
    Catalog catalog = new Catalog(skills, occs, creds, small.stacks(), Map.of());
    PathwayPlanner paired = new PathwayPlanner(catalog, new FakeRules(java.util.Set.of(),
        Map.of("cert:security-engineer", List.of("cert:admin-associate"))), ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = paired.plan(request("99-0022.00", LearnerProfile.empty()));
    assertThat(r.pathways()).filteredOn(p -> ids(p).contains("cert:security-engineer")).isNotEmpty()
        .allSatisfy(p -> assertThat(ids(p)).containsSubsequence("cert:admin-associate", "cert:security-engineer"));
    PathwayPlanner unpaired = new PathwayPlanner(catalog, new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    assertThat(unpaired.plan(request("99-0022.00", LearnerProfile.empty())).pathways())
        .allSatisfy(p -> assertThat(ids(p)).doesNotContain("cert:admin-associate"));
  }

  @Test
  void aDegreeRoutesOwnCertificationIsAStepTheLicenceAtTheEndOfALongLicenceRouteIsNot() {
    io.credpath.catalog.CredentialType exam = io.credpath.catalog.CredentialType.CERTIFICATION;
    // HR-like: a degree is the usual way in, yet the professional certification employers ask for beside it is open
    // without one; it is one of the credentials a pathway may aim at, beside the associate-level first step.
    io.credpath.catalog.Credential associate = Fixtures.credential("cert:hr-associate").type(exam).exam(400).hours(60).weeks(2, 6)
        .skills("sql", 3).preparesFor("99-0070.00").build();
    io.credpath.catalog.Credential professional = Fixtures.credential("cert:hr-professional").type(exam).exam(575).hours(40)
        .weeks(2, 6).skills("sql", 3).preparesFor("99-0070.00").build();
    Occupation hr = new Occupation("99-0070.00", "HR Specialist", List.of(), "", OptionalInt.of(4),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(),
        List.of("cert:hr-professional"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("degree",
            "A bachelor's degree; certification helps.", OptionalInt.of(48), List.of("cert:hr-professional"),
            List.of("cert:hr-associate"), "https://example.org/route")));
    // Nurse-like: the licence exam comes at the end of a programme of years; a pathway takes the card, never the licence.
    io.credpath.catalog.Credential card = Fixtures.credential("card:life-support").exam(80).hours(4).weeks(1, 1)
        .skills("networking", 1).preparesFor("99-0071.00").build();
    io.credpath.catalog.Credential licence = Fixtures.credential("lic:nurse").type(io.credpath.catalog.CredentialType.LICENCE)
        .exam(325).hours(150).weeks(4, 12).skills("sql", 4).preparesFor("99-0071.00").build();
    Occupation nurse = new Occupation("99-0071.00", "Nurse", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(),
        List.of("lic:nurse"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("licence",
            "A nursing programme, then the licence exam.", OptionalInt.of(30), List.of("lic:nurse"), List.of("card:life-support"),
            "https://example.org/route")));
    PathwayPlanner planner = new PathwayPlanner(smallWith(List.of(associate, professional, card, licence), hr, nurse),
        new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    PlanResult toHr = planner.plan(request("99-0070.00", LearnerProfile.empty()));
    assertThat(toHr.gap()).filteredOn(g -> g.kind().equals(PlanResult.CREDENTIAL)).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactly("cert:hr-associate", "cert:hr-professional"));
    assertThat(toHr.pathways()).anySatisfy(p -> assertThat(ids(p)).contains("cert:hr-professional"));
    PlanResult toNurse = planner.plan(request("99-0071.00", LearnerProfile.empty(), budget(2000.0, 52, 10), Objective.RECOGNISED, 4));
    assertThat(toNurse.pathways()).isNotEmpty().allSatisfy(p -> assertThat(ids(p)).contains("card:life-support")
        .doesNotContain("lic:nurse"));
    // Nor is the licence what the route names next for a larger budget (the rules would say "it fits after this pathway").
    PlanRequest nurseRequest = request("99-0071.00", LearnerProfile.empty(), budget(2000.0, 52, 10), Objective.RECOGNISED, 4);
    PathwayPlanner.SearchSetup setup = planner.prepare(nurseRequest);
    assertThat(new PathwayAssembler(nurseRequest, setup, new FakeRules(), true).routeOptions(List.of(card), 80, 1))
        .extracting(io.credpath.catalog.Credential::id).doesNotContain("lic:nurse");
  }

  @Test
  void someoneInAJobWhoseWayInIsACertificationHoldsOneOfItsCertifications() {
    // A teaching assistant is hired with the ParaPro test or the state's aide certificate: whoever does the job holds
    // one of them, and any one stands for all; a target whose route asks for one of them has nothing left to buy there.
    io.credpath.catalog.CredentialType exam = io.credpath.catalog.CredentialType.CERTIFICATION;
    io.credpath.catalog.Credential test = Fixtures.credential("cert:para-test").type(exam).exam(55).hours(20).weeks(1, 4)
        .skills("networking", 2).preparesFor("99-0072.00").build();
    io.credpath.catalog.Credential state = Fixtures.credential("cert:para-state").type(exam).exam(75).hours(20).weeks(1, 4)
        .skills("networking", 2).preparesFor("99-0072.00", "99-0073.00").build();
    Occupation aide = new Occupation("99-0072.00", "Teaching Aide", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification", "The ParaPro test or the state's "
            + "aide certificate.", OptionalInt.of(2), List.of("cert:para-test", "cert:para-state"), List.of(), "https://example.org/r")));
    Occupation lead = new Occupation("99-0073.00", "Lead Aide", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(), List.of(),
        java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification", "The state's aide certificate.", OptionalInt.of(2),
            List.of("cert:para-state"), List.of(), "https://example.org/r")));
    Catalog catalog = smallWith(List.of(test, state), aide, lead);
    assertThat(CurrentJobLicences.licences(catalog, java.util.Optional.of("99-0072.00"), 0)).extracting(io.credpath.catalog.Credential::id)
        .containsExactly("cert:para-test", "cert:para-state");
    assertThat(CurrentJobLicences.oneOfGroups(catalog, java.util.Optional.of("99-0072.00"), 0))
        .containsExactly(List.of("cert:para-test", "cert:para-state"));
    PathwayPlanner planner = new PathwayPlanner(catalog, new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    LearnerProfile asAide = new LearnerProfile(List.of(), List.of(), 3, java.util.Optional.of("99-0072.00"));
    assertThat(planner.plan(request("99-0073.00", asAide)).gap()).extracting(PlanResult.GapItem::kind)
        .doesNotContain(PlanResult.CREDENTIAL);
    assertThat(planner.plan(request("99-0073.00", LearnerProfile.empty())).gap()).extracting(PlanResult.GapItem::kind)
        .contains(PlanResult.CREDENTIAL);
  }

  @Test
  void alternativesAreLabelledAndDistinct() {
    PlanResult r = planner.plan(request("15-2051.01", LearnerProfile.empty(), budget(null, null, 10), Objective.FASTEST, 4));
    assertThat(r.pathways().get(0).label()).contains("fastest");
    assertThat(r.pathways()).extracting(p -> Set0.of(ids(p))).doesNotHaveDuplicates();
    assertThat(String.join(",", r.pathways().stream().map(Pathway::label).toList()))
        .contains("cheapest").contains("fastest").contains("best-recognised");
  }

  @Test
  void aRoutesFirstStepIsTheFieldsWhateverJobsItIsCuratedForWhatOnlyHelpsIsNot() {
    // The route of a clerk-like job names as its first step a certification curated for another SOC major group (an
    // Excel exam curated for bookkeepers) and, as only helpful, a card curated for this job: the route's word decides,
    // so the first is planned as the first step and the second is not a step of the route.
    io.credpath.catalog.Credential excel = Fixtures.credential("cert:sheets").title("Sheets Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).cost(89).hours(25).weeks(1, 3).skills("statistics", 1)
        .preparesFor("11-0031.00").build();
    io.credpath.catalog.Credential helps = Fixtures.credential("card:helps").title("Helpful Card")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).cost(20).hours(5).weeks(1, 1).skills("statistics", 1)
        .preparesFor("99-0030.00").build();
    Occupation job = new Occupation("99-0030.00", "Planning Clerk", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 2, 3.5, true, false, false, "test")), List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Learned on the job after an exam.",
            OptionalInt.of(3), List.of(), List.of("cert:sheets"), "https://example.org/route", List.of(), List.of(), List.of(),
            List.of("card:helps"))));
    Catalog catalog = smallWith(List.of(excel, helps), job);
    FakeRules rules = new FakeRules();
    PathwayPlanner planner = new PathwayPlanner(catalog, rules,
        ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request("99-0030.00", LearnerProfile.empty()));
    assertThat(r.gap()).filteredOn(g -> g.kind().equals(PlanResult.CREDENTIAL)).flatExtracting(PlanResult.GapItem::oneOf)
        .contains("cert:sheets").doesNotContain("card:helps");
    assertThat(ids(r.pathways().get(0))).contains("cert:sheets").doesNotContain("card:helps");
    assertThat(rules.lastOfField).as("the rules hear a route's step is of the field").contains("cert:sheets");
  }

  @Test
  void theRoutesCredentialsThePathwayLeavesOutAreOfferedWhenTheBudgetLeftFitsThem() {
    // The route names a USD 50 card and a USD 5,000 programme beside the exam the gap needs: with USD 600 the card is
    // offered as what the budget left could add; the programme is not, nor the exam the pathway already holds.
    io.credpath.catalog.Credential exam = Fixtures.credential("cert:route-exam").title("Route Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(100).hours(20).weeks(2, 4).skills("sql", 3).build();
    io.credpath.catalog.Credential card = Fixtures.credential("card:route").title("Route Card")
        .type(io.credpath.catalog.CredentialType.CERTIFICATE).cost(50).hours(8).weeks(1, 1).skills("statistics", 1).build();
    io.credpath.catalog.Credential programme = Fixtures.credential("prog:route").title("Route Programme")
        .type(io.credpath.catalog.CredentialType.CERTIFICATE).cost(5000).hours(300).weeks(20, 40).skills("statistics", 2).build();
    Occupation job = new Occupation("99-0040.00", "Route Job", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(),
        List.of("cert:route-exam"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification", "An exam.",
            OptionalInt.of(3), List.of("cert:route-exam"), List.of("card:route", "prog:route"), "https://example.org/route")));
    List<io.credpath.catalog.Credential> creds = new ArrayList<>(small.credentials());
    creds.addAll(List.of(exam, card, programme));
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(job);
    FakeRules rules = new FakeRules();
    PathwayPlanner planner = new PathwayPlanner(new Catalog(small.skills(), occs, creds, small.stacks(), Map.of()), rules,
        ShippedGapPolicy.POLICY, CLOCK);
    planner.plan(request("99-0040.00", LearnerProfile.empty(), budget(600.0, 26, 10), Objective.CHEAPEST, 1));
    assertThat(rules.reviewed).isNotEmpty().allSatisfy(d -> assertThat(d.routeOptions()).extracting(io.credpath.catalog.Credential::id)
        .doesNotContainAnyElementsOf(d.steps().stream().map(io.credpath.catalog.Credential::id).toList()).doesNotContain("prog:route"));
    assertThat(rules.reviewed).anySatisfy(d -> assertThat(d.routeOptions()).extracting(io.credpath.catalog.Credential::id)
        .contains("card:route"));
    // A route card open after the programme or half a year of work (a card beside the programme, so in no item): when the
    // rules judge the learner's years to be in another field, it is not offered as fitting after the pathway.
    io.credpath.catalog.Credential yearsExam = Fixtures.credential("cert:route-years").title("Route Years Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(60).hours(8).weeks(1, 2).skills("statistics", 1)
        .requires(new io.credpath.catalog.Requirement.AnyOf(List.of(new io.credpath.catalog.Requirement.HasCredential("prog:route"),
            new io.credpath.catalog.Requirement.HasExperience(0.5)))).build();
    Occupation withYears = new Occupation("99-0041.00", "Route Job Two", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of(),
        List.of("cert:route-exam"), java.util.Optional.of(new io.credpath.catalog.EntryRoute("certification", "An exam.",
            OptionalInt.of(3), List.of("cert:route-exam"), List.of("prog:route", "cert:route-years"), "https://example.org/route")));
    creds.add(yearsExam);
    occs.add(withYears);
    for (boolean elsewhere : new boolean[] {false, true}) {
      FakeRules judged = new FakeRules(elsewhere ? java.util.Set.of("cert:route-years") : java.util.Set.of());
      new PathwayPlanner(new Catalog(small.skills(), occs, creds, small.stacks(), Map.of()), judged, ShippedGapPolicy.POLICY, CLOCK)
          .plan(request("99-0041.00", profile(List.of(), 3), budget(600.0, 26, 10), Objective.CHEAPEST, 1));
      java.util.List<String> offered = judged.reviewed.stream().flatMap(d -> d.routeOptions().stream())
          .map(io.credpath.catalog.Credential::id).toList();
      if (elsewhere) assertThat(offered).as("years elsewhere").doesNotContain("cert:route-years");
      else assertThat(offered).as("years count").contains("cert:route-years");
    }
  }

  @Test
  void someoneInALicensedJobHoldsItsLicenceAndWhatTheLicenceRequires() {
    // A working EMT holds the state licence and the national certification it is granted on, not the route's other
    // credentials; planning toward paramedic, the certification's own course is not asked for again.
    io.credpath.catalog.Credential course = Fixtures.credential("course:emt").title("EMT Course").cost(1500).hours(150).weeks(10, 20)
        .skills("statistics", 2).build();
    io.credpath.catalog.Credential national = Fixtures.credential("cert:nremt").title("National EMT")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(100).hours(10).weeks(1, 2).skills("statistics", 2)
        .requires(new io.credpath.catalog.Requirement.HasCredential("course:emt")).build();
    io.credpath.catalog.Credential licence = Fixtures.credential("lic:emt").title("State EMT Licence")
        .type(io.credpath.catalog.CredentialType.LICENCE).exam(50).hours(2).weeks(1, 1).skills("statistics", 2)
        .requires(new io.credpath.catalog.Requirement.HasCredential("cert:nremt")).build();
    io.credpath.catalog.Credential other = Fixtures.credential("cert:other-route").title("Other Route Exam")
        .type(io.credpath.catalog.CredentialType.CERTIFICATION).exam(80).hours(10).weeks(1, 2).skills("statistics", 2).build();
    Occupation emt = new Occupation("99-0050.00", "Emergency Technicians", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:statistics", 2, 4, true, false, false, "test")), List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("licence", "A licence.", OptionalInt.of(4),
            List.of("cert:other-route", "lic:emt"), List.of(), "https://example.org/route")));
    List<io.credpath.catalog.Credential> creds = new ArrayList<>(small.credentials());
    creds.addAll(List.of(course, national, licence, other));
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(emt);
    Catalog catalog = new Catalog(small.skills(), occs, creds, small.stacks(), Map.of());
    LearnerProfile working = new LearnerProfile(List.of(), List.of(), 3, java.util.Optional.of("99-0050.00"));
    assertThat(CurrentJobLicences.withLicences(catalog, working).heldCredentials())
        .containsExactlyInAnyOrder("lic:emt", "cert:nremt", "course:emt");
    assertThat(CurrentJobLicences.withLicences(catalog, LearnerProfile.empty()).heldCredentials()).isEmpty();
    // A licence route naming a single certification (the nurse aide exam) implies it; naming two, neither.
    for (List<String> named : List.of(List.of("cert:other-route"), List.of("cert:other-route", "cert:nremt"))) {
      Occupation aide = new Occupation("99-0051.00", "Aides", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
          List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("licence", "An exam.", OptionalInt.of(2), named,
              List.of(), "https://example.org/route")));
      List<Occupation> withAide = new ArrayList<>(occs);
      withAide.add(aide);
      Catalog c = new Catalog(small.skills(), withAide, creds, small.stacks(), Map.of());
      List<String> held = CurrentJobLicences.withLicences(c, new LearnerProfile(List.of(), List.of(), 1,
          java.util.Optional.of("99-0051.00"))).heldCredentials();
      if (named.size() == 1) assertThat(held).containsExactly("cert:other-route");
      else assertThat(held).isEmpty();
    }
    // What employers also require of everyone in a job is held by whoever works there, whatever the route.
    Occupation carers = new Occupation("99-0052.00", "Carers", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Hired and trained.", OptionalInt.of(1),
            List.of("cert:other-route"), List.of(), "https://example.org/route", List.of("course:emt"))));
    List<Occupation> withCarers = new ArrayList<>(occs);
    withCarers.add(carers);
    assertThat(CurrentJobLicences.withLicences(new Catalog(small.skills(), withCarers, creds, small.stacks(), Map.of()),
        new LearnerProfile(List.of(), List.of(), 1, java.util.Optional.of("99-0052.00"))).heldCredentials()).containsExactly("course:emt");
    // What a route says its workers hold after some years of the job (a journeyman licence after the apprenticeship's
    // four) is held from then on, not before; any one of a group stands for all of it.
    Occupation fitters = new Occupation("99-0054.00", "Fitters", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("apprenticeship", "Four years as an apprentice.",
            OptionalInt.of(48), List.of("cert:other-route"), List.of(), "https://example.org/route", List.of(), List.of(), List.of(),
            List.of(), List.of(new io.credpath.catalog.EntryRoute.Held(List.of("cert:other-route", "cert:nremt"), 4)))));
    List<Occupation> withFitters = new ArrayList<>(occs);
    withFitters.add(fitters);
    Catalog fittersCatalog = new Catalog(small.skills(), withFitters, creds, small.stacks(), Map.of());
    java.util.function.DoubleFunction<List<String>> fitterHolds = years -> CurrentJobLicences.withLicences(fittersCatalog,
        new LearnerProfile(List.of(), List.of(), years, java.util.Optional.of("99-0054.00"))).heldCredentials();
    assertThat(fitterHolds.apply(3)).isEmpty();
    assertThat(fitterHolds.apply(4)).contains("cert:other-route", "cert:nremt");
    assertThat(CurrentJobLicences.oneOfGroups(fittersCatalog, java.util.Optional.of("99-0054.00"), 5))
        .containsExactly(List.of("cert:other-route", "cert:nremt"));
    // Of a requirement any one of several credentials meets (the pediatric CPR card of either issuer), the worker holds
    // one, which stands for any of them; someone moving in gets one item closed by either.
    Occupation minders = new Occupation("99-0053.00", "Minders", List.of(), "", OptionalInt.of(2), List.of(), List.of(), List.of(),
        List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Hired with a card.", OptionalInt.of(1),
            List.of(), List.of(), "https://example.org/route", List.of(), List.of(List.of("cert:other-route", "cert:nremt")))));
    List<Occupation> withMinders = new ArrayList<>(occs);
    withMinders.add(minders);
    Catalog mindersCatalog = new Catalog(small.skills(), withMinders, creds, small.stacks(), Map.of());
    assertThat(CurrentJobLicences.withLicences(mindersCatalog, new LearnerProfile(List.of(), List.of(), 1,
        java.util.Optional.of("99-0053.00"))).heldCredentials()).contains("cert:other-route", "cert:nremt");
    PlanResult moving = new PathwayPlanner(mindersCatalog, new FakeRules(), ShippedGapPolicy.POLICY, CLOCK)
        .gap(request("99-0053.00", LearnerProfile.empty()));
    assertThat(moving.gap()).filteredOn(g -> g.skill().startsWith(PlanResult.ALSO_REQUIRED)).singleElement()
        .satisfies(g -> assertThat(g.oneOf()).containsExactly("cert:other-route", "cert:nremt"));
    FakeRules rules = new FakeRules();
    new PathwayPlanner(catalog, rules, ShippedGapPolicy.POLICY, CLOCK).plan(request("15-2051.01", working));
    assertThat(rules.reviewed).isNotEmpty().allSatisfy(d -> assertThat(d.held()).contains("lic:emt", "cert:nremt")
        .doesNotContain("cert:other-route"));
  }

  @Test
  void twoCertificationsPreparingForTheJobWithMuchTheSameSyllabusAreAlternatives() {
    // Security+ and GSEC: both prepare for the job, at the same level, and three of GSEC's four skills are Security+'s.
    // The best-recognised pathway used to stack the second for its weight; now it takes one and a course for the rest.
    io.credpath.catalog.Credential first = Fixtures.credential("cert:sec").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(400).hours(60).weeks(3, 6).preparesFor("99-0015.00").skills("sql", 3, "tableau", 3, "statistics", 3, "excel", 3).build();
    io.credpath.catalog.Credential second = Fixtures.credential("cert:gsec").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(900).hours(60).weeks(3, 6).preparesFor("99-0015.00").skills("sql", 3, "tableau", 3, "statistics", 3, "python", 3).build();
    io.credpath.catalog.Credential course = Fixtures.credential("course:py").exam(50).hours(20).weeks(2, 4).skills("python", 3).build();
    Occupation analyst = new Occupation("99-0015.00", "Route Analyst", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test"),
            new SkillRequirement("skill:statistics", 3, 4, true, false, false, "test"),
            new SkillRequirement("skill:python", 3, 4, true, false, false, "test")), List.of(), List.of());
    List<io.credpath.catalog.Credential> creds = new ArrayList<>(small.credentials().stream()
        .filter(c -> c.levelOf("skill:python") == 0 && c.levelOf("skill:sql") == 0 && c.levelOf("skill:statistics") == 0).toList());
    creds.addAll(List.of(first, second, course));
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(analyst);
    PathwayPlanner planner = new PathwayPlanner(new Catalog(small.skills(), occs, creds, small.stacks(), Map.of()), new FakeRules(),
        NeedPolicy.everything(), CLOCK);
    PlanResult r = planner.plan(request("99-0015.00", LearnerProfile.empty(), budget(2000.0, null, 10), Objective.RECOGNISED, 4));
    assertThat(r.pathways()).isNotEmpty().allSatisfy(p -> assertThat(ids(p).containsAll(List.of("cert:sec", "cert:gsec")))
        .as("%s holds both alternatives: %s", p.label(), ids(p)).isFalse());
    assertThat(ids(r.pathways().get(0))).as("best-recognised").containsExactlyInAnyOrder("cert:gsec");
  }

  @Test
  void anAlternativeDoesNotShutOutTheCheaperTwinItDominates() {
    // "cert:a" teaches all "course:b" does for less, but is an alternative of "cert:c", the only teacher of Python:
    // dropping "course:b" as dominated would leave no pathway that closes the gap.
    io.credpath.catalog.Credential a = Fixtures.credential("cert:a").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(50).hours(10).weeks(1, 2).preparesFor("99-0016.00").skills("sql", 3, "python", 1).build();
    io.credpath.catalog.Credential b = Fixtures.credential("course:b").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(80).hours(10).weeks(1, 2).skills("sql", 3).build();
    io.credpath.catalog.Credential c = Fixtures.credential("cert:c").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(100).hours(10).weeks(1, 2).preparesFor("99-0016.00").skills("python", 3).build();
    Occupation job = new Occupation("99-0016.00", "Twin Analyst", List.of(), "", OptionalInt.of(3),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test"),
            new SkillRequirement("skill:python", 3, 4, true, false, false, "test")), List.of(), List.of());
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(job);
    PathwayPlanner planner = new PathwayPlanner(new Catalog(small.skills(), occs, List.of(a, b, c), small.stacks(), Map.of()),
        new FakeRules(), NeedPolicy.everything(), CLOCK);
    assertThat(CandidateProblem.alternatives(a, c)).isTrue();
    Pathway p = planner.plan(request("99-0016.00", LearnerProfile.empty())).pathways().get(0);
    assertThat(ids(p)).containsExactlyInAnyOrder("course:b", "cert:c");
    assertThat(p.coverage()).isEqualTo(1.0);
  }

  @Test
  void twoProgrammesSharingSyllabusTopicsNeitherIsNamedForAreNotAlternatives() {
    // A state's child-care health and safety hours and a CDA course both touch child development and infection
    // control; neither is named for them, so both can be planned. Two CPR cards named for CPR are alternatives.
    io.credpath.catalog.Credential state = Fixtures.credential("cert:hs").skills("cpr", 3, "infection", 2, "safety", 2, "child-dev", 1)
        .build();
    io.credpath.catalog.Credential cda = Fixtures.credential("cert:cda").taught("ece", 3, io.credpath.catalog.Basis.TITLE)
        .taught("child-dev", 3, io.credpath.catalog.Basis.SYLLABUS).taught("teaching", 2, io.credpath.catalog.Basis.SYLLABUS)
        .taught("infection", 1, io.credpath.catalog.Basis.SYLLABUS).build();
    assertThat(CandidateProblem.alternatives(state, cda)).isFalse();
    io.credpath.catalog.Credential aha = Fixtures.credential("card:aha").taught("cpr", 3, io.credpath.catalog.Basis.TITLE)
        .taught("child-dev", 1, io.credpath.catalog.Basis.SYLLABUS).build();
    io.credpath.catalog.Credential redCross = Fixtures.credential("card:rc").taught("cpr", 3, io.credpath.catalog.Basis.TITLE)
        .taught("safety", 2, io.credpath.catalog.Basis.SYLLABUS).build();
    assertThat(CandidateProblem.alternatives(aha, redCross)).isTrue();
  }

  @Test
  void whatTheLearnerWouldTakeInsteadIsOpenToThemInItsPlace() {
    // The exam closes the same need for less, but first asks for a long course: it is not the course step's "next best"
    // (a learner could not take it instead) unless they hold that course. (The dearer course is dominated.)
    io.credpath.catalog.Credential cheap = Fixtures.credential("course:cheap-sql").cost(50).hours(10).weeks(1, 2).skills("sql", 3).build();
    io.credpath.catalog.Credential dear = Fixtures.credential("course:dear-sql").cost(90).hours(10).weeks(1, 2).skills("sql", 3).build();
    io.credpath.catalog.Credential longCourse = Fixtures.credential("prog:long").cost(2000).hours(400).weeks(20, 40).skills("python", 1)
        .build();
    io.credpath.catalog.Credential exam = Fixtures.credential("cert:sql-exam").type(io.credpath.catalog.CredentialType.CERTIFICATION)
        .exam(30).hours(5).weeks(1, 1).skills("sql", 3).requires(new io.credpath.catalog.Requirement.HasCredential("prog:long")).build();
    Occupation job = new Occupation("99-0074.00", "Query Clerk", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:sql", 3, 4, true, false, false, "test")), List.of(), List.of());
    FakeRules rules = new FakeRules();
    PathwayPlanner planner = new PathwayPlanner(new Catalog(small.skills(), List.of(job), List.of(cheap, dear, longCourse, exam),
        small.stacks(), Map.of()), rules, NeedPolicy.everything(), CLOCK);
    PlanResult r = planner.plan(request("99-0074.00", LearnerProfile.empty(), budget(3000.0, 52, 10), Objective.CHEAPEST, 1));
    assertThat(ids(r.pathways().get(0))).containsExactly("course:cheap-sql");
    assertThat(rules.reviewed).isNotEmpty().allSatisfy(d -> assertThat(d.nextBest().get("course:cheap-sql")).isNull());
    rules.reviewed.clear();
    PlanResult holding = planner.plan(request("99-0074.00", profile(List.of("prog:long"), 0), budget(600.0, 26, 8), Objective.CHEAPEST, 1));
    assertThat(ids(holding.pathways().get(0))).containsExactly("cert:sql-exam");
    assertThat(rules.reviewed).isNotEmpty().allSatisfy(d -> assertThat(d.nextBest().get("cert:sql-exam"))
        .extracting(io.credpath.catalog.Credential::id).isEqualTo("course:cheap-sql"));
  }

  @Test
  void anIssuersEntryExamBelowItsAssociateExamOnTheSameSubjectIsAnAlternativeOfIt() {
    io.credpath.catalog.CredentialType exam = io.credpath.catalog.CredentialType.CERTIFICATION;
    io.credpath.catalog.Credential entry = Fixtures.credential("cert:py-entry").type(exam).provider("Python Institute").level(1)
        .exam(59).taught("python", 3, io.credpath.catalog.Basis.SYLLABUS).taught("programming", 3, io.credpath.catalog.Basis.SYLLABUS)
        .build();
    io.credpath.catalog.Credential associate = Fixtures.credential("cert:py-associate").type(exam).provider("python institute").level(2)
        .exam(295).taught("python", 3, io.credpath.catalog.Basis.SYLLABUS).taught("software-dev", 3, io.credpath.catalog.Basis.SYLLABUS)
        .build();
    assertThat(CandidateProblem.lowerRung(entry, associate)).isTrue();
    assertThat(CandidateProblem.alternatives(entry, associate)).isTrue();
    // Another issuer's, or the same issuer's exam on another subject, is a rung of no ladder of it.
    io.credpath.catalog.Credential other = Fixtures.credential("cert:py-other").type(exam).provider("Other Institute").level(2)
        .exam(200).taught("python", 3, io.credpath.catalog.Basis.SYLLABUS).build();
    assertThat(CandidateProblem.lowerRung(entry, other)).isFalse();
    io.credpath.catalog.Credential hardware = Fixtures.credential("cert:hw").type(exam).provider("Python Institute").level(1)
        .exam(99).taught("hardware", 2, io.credpath.catalog.Basis.TITLE).taught("python", 1, io.credpath.catalog.Basis.SYLLABUS).build();
    assertThat(CandidateProblem.lowerRung(hardware, associate)).isFalse();
  }

  @Test
  void whatEmployersRequireBesideTheRoutesCredentialIsPlannedBesideIt() {
    // The route's credential is one of two CPR cards; employers also require the state's health and safety hours, which
    // overlap the card (as alternatives they would never be planned together).
    io.credpath.catalog.Credential card = Fixtures.credential("card:cpr").title("Pediatric CPR Card").cost(95).hours(7).weeks(1, 1)
        .taught("cpr", 3, io.credpath.catalog.Basis.TITLE).taught("child-dev", 1, io.credpath.catalog.Basis.SYLLABUS)
        .preparesFor("99-0017.00").build();
    io.credpath.catalog.Credential hours = Fixtures.credential("cert:hours").title("Health and Safety Hours").cost(200).hours(16)
        .weeks(1, 2).skills("cpr", 3, "child-dev", 1).preparesFor("99-0017.00").build();
    Occupation care = new Occupation("99-0017.00", "Care Workers", List.of(), "", OptionalInt.of(2),
        List.of(new SkillRequirement("skill:cpr", 3, 4, true, false, false, "test")), List.of(), List.of(), List.of(),
        java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Hired, then trained.", OptionalInt.of(1),
            List.of("card:cpr"), List.of(), "https://example.org/route", List.of("cert:hours"))));
    List<Occupation> occs = new ArrayList<>(small.occupations());
    occs.add(care);
    PathwayPlanner planner = new PathwayPlanner(new Catalog(small.skills(), occs, List.of(card, hours), small.stacks(), Map.of()),
        new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request("99-0017.00", LearnerProfile.empty(), budget(600.0, null, 10), Objective.CHEAPEST, 4));
    assertThat(r.gap()).extracting(PlanResult.GapItem::skill).contains("credential:99-0017.00", "required:0:99-0017.00");
    assertThat(CandidateProblem.alternatives(card, hours)).isTrue();
    assertThat(r.pathways()).isNotEmpty().allSatisfy(p -> assertThat(ids(p)).contains("card:cpr", "cert:hours"));
    // Without the requirement beside it, one of the two does.
    Occupation plain = new Occupation("99-0018.00", "Plain Care Workers", List.of(), "", OptionalInt.of(2), care.requirements(),
        List.of(), List.of(), List.of(), java.util.Optional.of(new io.credpath.catalog.EntryRoute("on-the-job", "Hired, then trained.",
            OptionalInt.of(1), List.of("card:cpr", "cert:hours"), List.of(), "https://example.org/route")));
    occs.add(plain);
    PathwayPlanner plainPlanner = new PathwayPlanner(new Catalog(small.skills(), occs, List.of(card, hours), small.stacks(), Map.of()),
        new FakeRules(), ShippedGapPolicy.POLICY, CLOCK);
    assertThat(plainPlanner.plan(request("99-0018.00", LearnerProfile.empty(), budget(600.0, null, 10), Objective.CHEAPEST, 4))
        .pathways()).isNotEmpty().allSatisfy(p -> assertThat(ids(p)).hasSize(1));
  }

  private static Pathway.Step step(Pathway p, String id) {
    return p.steps().stream().filter(s -> s.credential().equals(id)).findFirst().orElseThrow();
  }

  private static final class Set0 {
    static java.util.Set<String> of(List<String> l) {
      return java.util.Set.copyOf(l);
    }
  }
}
