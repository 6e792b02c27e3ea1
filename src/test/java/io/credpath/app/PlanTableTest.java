package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.planner.Pathway;
import io.credpath.planner.PlanResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table a learner reads: the headline of each pathway says what its share is of. */
class PlanTableTest {
  private static final PlanResult.GapItem SKILL =
      new PlanResult.GapItem("skill:medical-terminology", "Medical Terminology", 3, 0, 4.0, true);

  private static String print(List<PlanResult.GapItem> gap) {
    Pathway.Step step = new Pathway.Step("course:terms", "Medical Terminology", "MedCerts", 245, 100, 1, 1, List.of(100.0),
        List.of(SKILL.skill()), List.of(), List.of(), true);
    Pathway p = new Pathway("cheapest", true, List.of(step), new Pathway.Totals(245, "USD", 100, 13), 1.0, List.of(), List.of(),
        List.of(), 1.0);
    return print(gap, List.of(p));
  }

  private static String print(List<PlanResult.GapItem> gap, List<Pathway> pathways) {
    return print(gap, pathways, List.of());
  }

  private static String print(List<PlanResult.GapItem> gap, List<Pathway> pathways, List<PlanResult.Excluded> excluded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PlanTable(new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .print(new PlanResult(new PlanResult.Target("43-6013.00", "Medical Secretaries"), gap, pathways, excluded));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onlyABestCoveragePathwaySaysNothingClosesEveryNeedWithinThePlan() {
    // Held-out reviews #38 and #40: a single pathway labelled only "best coverage" left the reader asking where the
    // cheapest and fastest went.
    Pathway.Step step = new Pathway.Step("course:terms", "Medical Terminology", "MedCerts", 245, 100, 1, 1, List.of(100.0),
        List.of(SKILL.skill()), List.of(), List.of(), true);
    java.util.function.Function<String, String> table = label -> print(List.of(SKILL), List.of(new Pathway(label, true,
        List.of(step), new Pathway.Totals(245, "USD", 100, 13), 1.0, List.of(), List.of(), List.of(), 1.0)));
    assertThat(table.apply("best coverage")).contains("Nothing closes every need above within this plan's cost, hours and weeks");
    assertThat(table.apply("cheapest, best coverage")).doesNotContain("Nothing closes every need above");
  }

  @Test
  void theExclusionsALearnerNeedsAreNamedWithTheirReasonsAndNoPathwaySaysSo() {
    PlanResult.GapItem general = new PlanResult.GapItem("skill:speaking", "Speaking", 3, 0, 4.0, false, true,
        PlanResult.GENERAL, List.of(), 3);
    PlanResult.Excluded licence = new PlanResult.Excluded("uscg:oupv", "ExcludeOverBudgetCredential",
        "Costs USD 1195 on its own, more than your whole budget of USD 600.");
    String table = print(List.of(general), List.of(), List.of(licence));
    assertThat(table).contains("1 candidate(s) excluded by rules:\n  uscg:oupv: Costs USD 1195 on its own, more than your whole "
        + "budget of USD 600. [ExcludeOverBudgetCredential]");
    assertThat(table).contains("what else this job asks for is not open to you within this plan")
        .doesNotContain("the catalogue holds no credential this job asks for");
    List<PlanResult.Excluded> many = java.util.stream.IntStream.range(0, 7)
        .mapToObj(i -> new PlanResult.Excluded("x:" + i, "ExcludeOverBudgetCredential", "Too dear.")).toList();
    assertThat(print(List.of(SKILL), List.of(), many)).contains("7 candidate(s) excluded by rules (the first 5 reasons below; see "
        + "--json for all)").contains("x:4: Too dear.").doesNotContain("x:5:");
    // One credential left out for two reasons is one candidate, with both reasons named.
    PlanResult.Excluded dear = new PlanResult.Excluded("uscg:oupv", "ExcludeCredentialNeedingExperienceInItsOwnJobs",
        "Asks for a year of boat time.");
    assertThat(print(List.of(general), List.of(), List.of(licence, dear))).contains("1 candidate(s) excluded by rules, for 2 reasons:")
        .contains("[ExcludeOverBudgetCredential]").contains("[ExcludeCredentialNeedingExperienceInItsOwnJobs]");
  }

  @Test
  void shownOnlyNeedsSayTheLevelTheLearnersWorkGivesAndTheColumnsHeadOnlyPlannedNeeds() {
    // Held-out review #41 read "Instructing (3)" as "a teaching assistant lacks instructing": it is a level above their 2.
    PlanResult.GapItem instructing = new PlanResult.GapItem("skill:instructing", "Instructing", 3, 2, 4.0, false, true,
        PlanResult.GENERAL, List.of(), 3);
    PlanResult.GapItem law = new PlanResult.GapItem("skill:law", "Law and Government", 3, 0, 3.5, false, true,
        PlanResult.AREA, List.of(), 3);
    String shownOnly = print(List.of(instructing, law), List.of());
    assertThat(shownOnly).contains("grown on the job, not bought (level: yours → the job's): Instructing (2 → 3)")
        .contains("background the field's credentials and work build (level: yours → the job's): Law and Government (3)")
        .doesNotContain("importance");
    PlanResult.GapItem fresh = new PlanResult.GapItem("skill:speaking", "Speaking", 3, 0, 4.0, false, true,
        PlanResult.GENERAL, List.of(), 3);
    assertThat(print(List.of(fresh), List.of())).contains("grown on the job, not bought: Speaking (3)");
    assertThat(print(List.of(SKILL, instructing))).contains("importance").contains("Instructing (2 → 3)");
  }

  @Test
  void coursesInAnotherLanguageAreCountedInOneLineWhenNoLanguageWasGiven() {
    List<PlanResult.Excluded> excluded = List.of(
        new PlanResult.Excluded("coursera:excel-es", PlanTable.LANGUAGE_RULE, "Taught in Spanish; ..."),
        new PlanResult.Excluded("coursera:excel-pt", PlanTable.LANGUAGE_RULE, "Taught in Portuguese; ..."),
        new PlanResult.Excluded("coursera:excel-advanced", "ExcludeAdvancedCredentialForNewcomer", "A level 4 of 5 credential."));
    String table = print(List.of(SKILL), List.of(), excluded);
    assertThat(table).contains("3 candidate(s) excluded by rules:\n  coursera:excel-advanced: A level 4 of 5 credential.")
        .contains("  2 taught in another language: no language was given, so English is assumed (--language adds one)")
        .doesNotContain("Taught in Spanish");
  }

  @Test
  void theOnlyPathwayThatIsCheapestFastestAndBestRecognisedIsTheOnePathway() {
    Pathway.Step step = new Pathway.Step("course:terms", "Medical Terminology", "MedCerts", 245, 100, 1, 1, List.of(100.0),
        List.of(SKILL.skill()), List.of(), List.of(), true);
    java.util.function.Function<String, Pathway> pathway = label -> new Pathway(label, true, List.of(step),
        new Pathway.Totals(245, "USD", 100, 13), 1.0, List.of(), List.of(), List.of(), 1.0);
    assertThat(print(List.of(SKILL), List.of(pathway.apply("cheapest, fastest, best-recognised"))))
        .contains("== the one pathway that fits: $245").doesNotContain("best-recognised");
    assertThat(print(List.of(SKILL), List.of(pathway.apply("cheapest, fastest, best-recognised"), pathway.apply("best coverage"))))
        .contains("== cheapest, fastest, best-recognised: $245");
  }

  @Test
  void noPathwaySaysWhetherNothingTeachesTheGapOrNothingFitsTheLimits() {
    PlanResult.GapItem unteachable = new PlanResult.GapItem("skill:dictation", "Dictation", 3, 0, 4.0, true, false,
        PlanResult.FIELD, List.of(), 0);
    assertThat(print(List.of(SKILL), List.of())).contains("No pathway fits this plan's cost, hours and weeks; the notes say what would.");
    assertThat(print(List.of(unteachable), List.of()))
        .contains("No pathway: nothing in the catalogue that is open to you (within this budget and your eligibility; the notes "
            + "say what is not) closes any of this gap.");
    // Everything the job needs is grown on the job: no gap to close, and the answer says so rather than "nothing closes it".
    PlanResult.GapItem general = new PlanResult.GapItem("skill:speaking", "Speaking", 3, 0, 4.0, false, true,
        PlanResult.GENERAL, List.of(), 3);
    assertThat(print(List.of(general), List.of())).contains("No pathway: what is left of this job's needs (above) is learned on the "
        + "job, and the catalogue holds no credential this job asks for that you do not hold").doesNotContain("closes any of this gap");
    // What is left is taught on the job's gated entry route (a degree, a long licence): said so, not "learned on the job".
    PlanResult.GapItem route = new PlanResult.GapItem("skill:pharmacology", "Pharmacology", 3, 0, 4.0, false, true,
        PlanResult.ROUTE, List.of(), 3);
    assertThat(print(List.of(route, general), List.of())).contains("No short pathway: what this job needs beyond what you hold is "
        + "taught on its entry route (the notes say which)").doesNotContain("learned on the job, and");
    // Only general needs left, but the note says the route is a degree: the route is named, not the job.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PlanTable(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(new PlanResult(
        new PlanResult.Target("39-4011.00", "Embalmers"), List.of(general), List.of(), List.of(),
        List.of(new io.credpath.planner.Reason(PlanTable.GATED_ROUTE_NOTE, "Embalmers need a degree in mortuary science ..."))));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("No short pathway: what this job needs beyond what you hold is "
        + "taught on its entry route").doesNotContain("learned on the job, and");
  }

  @Test
  void noPathwayBecauseTheRoutesFirstCredentialCostsMoreThanTheBudgetSaysSo() {
    // Held-out review #42: a CNA programme $883 over a food worker's $600 read "taught on its entry route".
    PlanResult.GapItem step = new PlanResult.GapItem(PlanResult.FIRST_STEP + "31-1131.00", "A first step toward it (one of CNA training)",
        1, 0, 4.0, false, false, PlanResult.CREDENTIAL, List.of("state:nurse-aide-training"), 0);
    PlanResult.GapItem route = new PlanResult.GapItem("skill:patient-care", "Patient Care", 3, 0, 4.0, false, true, PlanResult.ROUTE,
        List.of(), 3);
    PlanResult.Excluded dear = new PlanResult.Excluded("state:nurse-aide-training", PlanTable.OVER_BUDGET_RULE,
        "Costs USD 1358 on its own, more than your whole budget of USD 600.");
    assertThat(print(List.of(step, route), List.of(), List.of(dear))).contains("No pathway within this budget: the credential this "
        + "job's route starts with costs more than the whole budget").doesNotContain("No short pathway");
    assertThat(print(List.of(step, route), List.of(), List.of())).contains("No short pathway");
  }

  @Test
  void noPathwayForLackOfTheSchoolingAssumedSaysHowToStateIt() {
    // The route's first step asks for a diploma the learner was only assumed to lack (held-out review #35): the headline
    // says so and how to plan again, not that the route teaches the rest; once they stated it, the usual headline stands.
    PlanResult.GapItem step = new PlanResult.GapItem(PlanResult.FIRST_STEP + "49-3041.00", "A first step toward it (one of Diesel)",
        1, 0, 4.0, false, false, PlanResult.CREDENTIAL, List.of("state:diesel"), 0);
    PlanResult r = new PlanResult(new PlanResult.Target("49-3041.00", "Farm Equipment Mechanics"), List.of(step), List.of(),
        List.of(new PlanResult.Excluded("state:diesel", PlanTable.EDUCATION_RULE, "It asks for a high-school diploma; ...")),
        List.of(new io.credpath.planner.Reason(PlanTable.GATED_ROUTE_NOTE, "Farm equipment mechanics ...")));
    for (boolean stated : new boolean[] {false, true}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new PlanTable(new PrintStream(bytes, true, StandardCharsets.UTF_8), stated).print(r);
      String text = bytes.toString(StandardCharsets.UTF_8);
      if (stated) {
        assertThat(text).contains("No short pathway").doesNotContain("schooling assumed");
      } else {
        assertThat(text).contains("No pathway with the schooling assumed for you").contains("--education");
      }
    }
  }

  @Test
  void aFullShareSaysWhenTheCredentialEmployersAskForIsNotAmongWhatIsOpen() {
    PlanResult.GapItem outOfReach = new PlanResult.GapItem(PlanResult.FIELD_CREDENTIAL + "43-6013.00",
        "A credential employers in this field ask for (one of CMAA)", 1, 0, 5.0, true, false, PlanResult.CREDENTIAL,
        List.of("nha:cmaa"), 0);
    // The headline also says how many of the gap's needs that is: one of two here, not "ready to apply".
    assertThat(print(List.of(outOfReach, SKILL))).contains("closes 1 of the 2 needs above (all that the credentials open to you "
        + "can close), without the credential employers ask for (see the notes)");
    assertThat(print(List.of(SKILL))).contains("closes 1 of the 1 needs above\n")
        .doesNotContain("without the credential");
    // Where a gated route (a degree, a licence programme) teaches the rest, the full share is a first step, said so.
    PlanResult.GapItem route = new PlanResult.GapItem("skill:pedagogy", "Pedagogy", 3, 0, 4.0, false, true, PlanResult.ROUTE,
        List.of(), 3);
    assertThat(print(List.of(SKILL, route))).contains("closes 1 of the 1 needs above, a first step: the rest comes "
        + "with the usual route in (see the notes)\n");
    // The same where the gated route's note says so and no skill is left to it (a BLS card toward recreational therapy).
    Pathway.Step card = new Pathway.Step("aha:bls-provider", "BLS Provider", "American Heart Association", 80, 4, 1, 1,
        List.of(100.0), List.of(SKILL.skill()), List.of(), List.of(), true);
    Pathway p = new Pathway("cheapest", true, List.of(card), new Pathway.Totals(80, "USD", 4, 1), 1.0, List.of(), List.of(),
        List.of(), 1.0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new PlanTable(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(new PlanResult(
        new PlanResult.Target("29-1125.00", "Recreational Therapists"), List.of(SKILL), List.of(p), List.of(),
        List.of(new io.credpath.planner.Reason(PlanTable.GATED_ROUTE_NOTE, "Recreational therapists need a bachelor's degree ..."))));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("closes 1 of the 1 needs above, a first step: the rest comes "
        + "with the usual route in (see the notes)\n");
  }

  @Test
  void needsBroughtOnlyToOneLevelBelowAreCountedAsSuchBesideAFullShare() {
    // The catalogue's best reaches level 2 of the 3 the job asks: "closes 0 of 1" alone beside "100%" read as a contradiction.
    Pathway.Step step = new Pathway.Step("course:terms", "Medical Terminology", "MedCerts", 245, 100, 1, 1, List.of(100.0),
        List.of(), List.of(SKILL.skill()), List.of(), true);
    Pathway p = new Pathway("cheapest", true, List.of(step), new Pathway.Totals(245, "USD", 100, 13), 1.0, List.of(), List.of(),
        List.of(), 1.0);
    assertThat(print(List.of(SKILL), List.of(p))).contains("closes 0 of the 1 needs above and brings 1 to one level short "
        + "of what the job asks (all that the credentials open to you can close)");
  }
}
