package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.api.CatalogScope;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.planner.GapAnalysis;
import io.credpath.planner.NeedPolicy;
import io.credpath.planner.Pathway;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ten career changes of {@link CareerChange} planned on the shipped taxonomy and rules, judged the way a careful
 * career advisor would judge them: is the gap what the job obviously needs and not what the learner already does
 * every day, does the cheapest pathway close it within budget with steps that teach it, does the best-recognised
 * pathway carry the industry certification employers ask for, and is every pathway honest (prerequisites met,
 * totals that add up, reasons on every step). Each learner has five years in their current O*NET occupation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenCareerTest {
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private Application app;
  private Catalog catalog;

  @BeforeAll
  void loadShippedTaxonomyOnce() {
    app = Application.load(AppConfig.from(Map.of("taxonomy", "taxonomy", "rules", "rules", "on-disk-index", "false"), Map.of()),
        new PrintStream(OutputStream.nullOutputStream()), false);
    catalog = app.domain().catalog();
  }

  @AfterAll
  void close() {
    app.close();
  }

  @Test
  void retailSupervisorToDataAnalystLearnsSqlPythonAndExcelAndCanSitCompTiaDataPlus() {
    Plan p = plan("retail supervisor -> data analyst", 2000, 52);
    // An advisor would accept this gap because SQL, Python and Excel are the core of every data-analyst posting, and a
    // retail supervisor's O*NET profile implies none of them at a working level.
    assertThat(p.gap()).as("the data-analyst core skills").contains("skill:sql", "skill:python", "skill:microsoft-excel");
    // Closing the whole gap for a few hundred dollars is what a self-funded career changer needs first.
    assertThat(p.cheapest().coverage()).as("the cheapest pathway closes the whole gap").isEqualTo(1.0);
    assertThat(p.cheapest().totals().cost()).as("a data-analytics foundation costs a few hundred dollars, not thousands").isLessThan(600);
    assertThat(p.closedBy(p.cheapest())).as("its steps teach the core skills").contains("skill:sql", "skill:python", "skill:microsoft-excel");
    // CompTIA Data+ is the vendor-neutral analyst certification employers name; the best-recognised route should carry it.
    assertThat(p.credentials(p.recognised())).as("best-recognised carries CompTIA Data+").contains("comptia:data-plus");
    p.assertHonest();
  }

  @Test
  void helpDeskTechnicianToCloudEngineerBuildsProgrammingOnTopOfSupportSkills() {
    Plan p = plan("help desk technician -> cloud engineer", 2000, 52);
    // Five years on a help desk means Linux, Windows, Active Directory and Azure administration are daily work
    // (O*NET's hot, in-demand tools for the job), so an advisor would not sell them again...
    assertThat(p.gap()).as("tools the help desk already uses daily").doesNotContain("skill:linux", "skill:microsoft-windows",
        "skill:microsoft-active-directory");
    // ...while automation (Python, Git) and network security are the step up an engineer needs.
    assertThat(p.gap()).as("the engineering step up").contains("skill:python", "skill:git", "skill:network-security");
    assertThat(p.closedBy(p.cheapest())).contains("skill:python", "skill:git", "skill:network-security");
    assertThat(p.cheapest().totals().cost()).isLessThanOrEqualTo(600);
    assertThat(p.certifications(p.recognised())).as("best-recognised carries industry certifications").isNotEmpty();
    p.assertHonest();
  }

  @Test
  void teacherToInstructionalDesignerNeedsTheOfficeSuiteAndIsToldNoCourseTeachesLms() {
    Plan p = plan("teacher -> instructional designer", 600, 26);
    // Instructional coordinators build materials in PowerPoint and the Office suite; a teacher's O*NET profile lists
    // no essential technology, so these honestly belong in the gap.
    assertThat(p.gap()).contains("skill:microsoft-powerpoint", "skill:microsoft-office", "skill:lms");
    // A teacher already teaches: instructing and learning strategies must not be sold back to them.
    assertThat(p.gap()).doesNotContain("skill:instructing", "skill:learning-strategies", "skill:education-and-training");
    // No catalogue credential teaches LMS administration, so an advisor needs to be told rather than shown 100%.
    assertThat(p.result().gap()).filteredOn(g -> g.skill().equals("skill:lms")).singleElement()
        .satisfies(g -> assertThat(g.coverable()).as("LMS is flagged as not coverable").isFalse());
    assertThat(p.cheapest().coverage()).isLessThan(1.0);
    assertThat(p.cheapest().warnings()).as("the uncovered skills are named").anySatisfy(r -> assertThat(r.text()).contains("LMS"));
    assertThat(p.closedBy(p.cheapest())).contains("skill:microsoft-powerpoint");
    p.assertHonest();
  }

  @Test
  void administrativeAssistantToProjectManagerLearnsProjectManagementNotOfficeAgain() {
    Plan p = plan("administrative assistant -> project manager", 2000, 52);
    // Administrative assistants live in Word, Excel, Outlook and PowerPoint; a gap that lists them is one no
    // advisor would show (it also crowded project management out before the gap implied daily tools).
    assertThat(p.gap()).doesNotContain("skill:microsoft-excel", "skill:microsoft-word", "skill:microsoft-outlook",
        "skill:microsoft-powerpoint");
    assertThat(p.gap()).as("what a PM does").contains("skill:project-management", "skill:stakeholder-management", "skill:budgeting");
    assertThat(p.closedBy(p.cheapest())).contains("skill:project-management", "skill:stakeholder-management", "skill:budgeting");
    // PMP needs 36 months leading projects, which an assistant's years do not give (the rules exclude it).
    assertThat(p.credentials(p.recognised())).as("PMP is out of reach without years of leading projects").doesNotContain("pmi:pmp");
    // At 8 hours a week the courses that close the whole gap take 46 weeks, so a certification's 50-60 hours do not
    // fit beside them in 52: the route with Project+ schedules in 53 weeks. The pathways keep to the 52 weeks.
    assertThat(p.result().pathways()).allSatisfy(x -> assertThat(x.totals().weeks()).isLessThanOrEqualTo(52));
    p.assertHonest();
    // PM job ads name PMI's CAPM/PMP or CompTIA's Project+; given the weeks, the best-recognised route carries one.
    // Project+ is an accredited entry certification that also covers stakeholder management, so an advisor
    // accepts it in place of CAPM.
    Plan longer = plan("administrative assistant -> project manager", 2000, 56);
    assertThat(longer.credentials(longer.recognised())).as("a recognised project-management certification")
        .containsAnyOf("pmi:capm", "comptia:project-plus");
    longer.assertHonest();
  }

  @Test
  void warehouseAssociateToItSupportEarnsCompTiaAPlus() {
    Plan p = plan("warehouse associate -> IT support", 2000, 52);
    // Operating systems and Linux are what a support desk troubleshoots; nothing in stocking shelves teaches them.
    assertThat(p.gap()).contains("skill:operating-systems", "skill:linux", "skill:computers-and-electronics");
    assertThat(p.closedBy(p.cheapest())).contains("skill:operating-systems", "skill:linux");
    assertThat(p.cheapest().totals().cost()).isLessThanOrEqualTo(600);
    // CompTIA A+ is the entry ticket to IT support that employers ask for by name.
    assertThat(p.credentials(p.recognised())).as("CompTIA A+").contains("comptia:a-plus");
    assertThat(p.recognised().stacksEarned()).as("A+ plus Linux+ stack into CompTIA's CSSS, worth telling the learner")
        .extracting(Pathway.StackEarned::credential).isNotEmpty();
    p.assertHonest();
  }

  @Test
  void registeredNurseToHealthInformaticsLearnsDataToolsAndTableau() {
    Plan p = plan("registered nurse -> health informatics", 2000, 52);
    // Health informatics is clinical knowledge plus data work: SQL, Excel and a BI tool are the nurse's new skills...
    assertThat(p.gap()).contains("skill:sql", "skill:microsoft-excel", "skill:tableau");
    // ...while a nurse's clinical knowledge is already held and must not appear.
    assertThat(p.gap()).doesNotContain("skill:medicine-and-dentistry", "skill:biology", "skill:psychology");
    assertThat(p.closedBy(p.cheapest())).contains("skill:sql", "skill:tableau");
    assertThat(p.credentials(p.recognised())).as("a data certification employers name")
        .containsAnyOf("tableau:desktop-specialist", "comptia:data-plus");
    p.assertHonest();
  }

  @Test
  void bookkeeperToFinancialAnalystLearnsFinancialAnalysisAndBiNotExcel() {
    Plan p = plan("bookkeeper -> financial analyst", 2000, 52);
    // A bookkeeper of five years works in Excel and accounting software every day: selling Excel again is absurd.
    assertThat(p.gap()).doesNotContain("skill:microsoft-excel", "skill:accounting-software");
    assertThat(p.gap()).as("the analyst's step up").contains("skill:financial-analysis", "skill:sql", "skill:tableau", "skill:power-bi");
    assertThat(p.cheapest().coverage()).as("the cheapest pathway closes the whole gap").isEqualTo(1.0);
    assertThat(p.closedBy(p.cheapest())).contains("skill:financial-analysis", "skill:sql");
    assertThat(p.certifications(p.recognised())).isNotEmpty();
    p.assertHonest();
  }

  @Test
  void graphicDesignerToUxDesignerIsNotSoldPhotoshop() {
    Plan p = plan("graphic designer -> UX designer", 2000, 52);
    // Photoshop, Illustrator, Figma, HTML and CSS are a graphic designer's daily tools (O*NET's hot, in-demand list);
    // before the gap implied them, the cheapest pathway bought a Photoshop course.
    assertThat(p.gap()).doesNotContain("skill:adobe-photoshop", "skill:adobe-illustrator", "skill:figma", "skill:html", "skill:css");
    assertThat(p.gap()).as("user research and front-end work are the new part").contains("skill:research", "skill:javascript");
    assertThat(p.closedBy(p.cheapest())).contains("skill:research", "skill:javascript");
    assertThat(p.cheapest().totals().cost()).isLessThanOrEqualTo(600);
    p.assertHonest();
  }

  @Test
  void salesRepresentativeToDigitalMarketerGetsGoogleAnalyticsCertified() {
    Plan p = plan("sales representative -> digital marketer", 2000, 52);
    // Search marketing runs on analytics and the web stack; a sales rep's Office and Salesforce are not in the gap.
    assertThat(p.gap()).contains("skill:google-analytics", "skill:html", "skill:wordpress");
    assertThat(p.gap()).doesNotContain("skill:microsoft-excel", "skill:salesforce");
    // Google's free Analytics certification is exactly what an advisor would suggest first.
    assertThat(p.credentials(p.cheapest())).as("Google Analytics Certification").contains("google:analytics");
    p.assertHonest();
  }

  @Test
  void securityGuardToCybersecurityAnalystStartsWithAnEntryCyberCertification() {
    Plan p = plan("security guard -> cybersecurity analyst", 2000, 52);
    // A security analyst needs network security, Linux and operating systems; guarding buildings teaches none.
    assertThat(p.gap()).contains("skill:network-security", "skill:linux", "skill:operating-systems");
    assertThat(p.closedBy(p.cheapest())).contains("skill:network-security", "skill:linux", "skill:operating-systems");
    // An entry cyber certification (ISC2 CC, Security+, Google Cybersecurity) is what gets a changer an interview.
    assertThat(p.credentials(p.recognised())).as("an entry cybersecurity certification")
        .containsAnyOf("isc2:cc", "comptia:security-plus", "google:cybersecurity");
    p.assertHonest();
  }

  @Test
  void everyChangeAtTheSmallBudgetStaysWithinSixHundredDollars() {
    for (CareerChange c : CareerChange.read(Path.of("rules"))) {
      Plan p = plan(c.name(), 600, 26);
      // A $600 learner must never be shown a pathway they cannot pay for, however well recognised.
      for (Pathway w : p.result().pathways()) {
        assertThat(w.totals().cost()).as("%s: %s", c.name(), w.label()).isLessThanOrEqualTo(600);
      }
      assertThat(p.result().pathways()).as(c.name()).isNotEmpty();
      p.assertHonest();
    }
  }

  private Plan plan(String name, int maxCost, int maxWeeks) {
    CareerChange change = CareerChange.read(Path.of("rules")).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    PlanRequest request = change.request(maxCost, maxWeeks, START);
    return new Plan(change, request, app.domain().planner(CatalogScope.everything()).plan(request), catalog);
  }

  /** One planned change and the questions an advisor asks of it. */
  private record Plan(CareerChange change, PlanRequest request, PlanResult result, Catalog catalog) {
    Set<String> gap() {
      return result.gap().stream().map(PlanResult.GapItem::skill).collect(Collectors.toSet());
    }

    Pathway cheapest() {
      return labelled("cheapest");
    }

    Pathway recognised() {
      return labelled("best-recognised");
    }

    Pathway labelled(String label) {
      return result.pathways().stream().filter(p -> List.of(p.label().split(", ")).contains(label)).findFirst()
          .orElseThrow(() -> new AssertionError(change.name() + ": no pathway labelled " + label));
    }

    List<String> credentials(Pathway p) {
      return p.steps().stream().map(Pathway.Step::credential).toList();
    }

    List<String> certifications(Pathway p) {
      return credentials(p).stream().filter(id -> catalog.credential(id).isCertification()).toList();
    }

    Set<String> closedBy(Pathway p) {
      return p.steps().stream().flatMap(s -> s.closes().stream()).collect(Collectors.toSet());
    }

    /** Invariants any advisor relies on without checking: sums, budget, prerequisites, reasons. */
    void assertHonest() {
      double maxCost = request.budget().maxCost().getAsDouble();
      int maxWeeks = request.budget().maxWeeks().getAsInt();
      Holdings start = new GapAnalysis(catalog, NeedPolicy.defaults()).holdings(request.profile());
      for (Pathway p : result.pathways()) {
        String what = change.name() + " / " + p.label();
        assertThat(p.steps()).as(what).isNotEmpty();
        assertThat(p.totals().cost()).as("%s: total cost is the sum of the steps", what)
            .isCloseTo(p.steps().stream().mapToDouble(Pathway.Step::cost).sum(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.totals().hours()).as("%s: total hours are the sum of the steps", what)
            .isCloseTo(p.steps().stream().mapToDouble(Pathway.Step::hours).sum(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.totals().cost()).as("%s: within the cost budget", what).isLessThanOrEqualTo(maxCost);
        if (p.totals().weeks() > maxWeeks) {
          // The optimiser budgets weeks from hours and chains; when packing runs over, the learner must be told.
          assertThat(p.warnings()).as("%s: a schedule over the week budget is flagged", what)
              .anySatisfy(r -> assertThat(r.text()).contains("over the " + maxWeeks + "-week budget"));
        }
        List<Credential> earlier = new ArrayList<>();
        for (Pathway.Step s : p.steps()) {
          Credential c = catalog.credential(s.credential());
          assertThat(s.reasons()).as("%s: %s explains itself", what, s.title()).isNotEmpty();
          c.requires().ifPresent(r -> assertThat(start.plus(earlier).satisfies(r))
              .as("%s: prerequisites of %s are held or earlier in the pathway", what, s.title()).isTrue());
          assertThat(s.closes()).as("%s: %s closes only gap skills", what, s.title()).isSubsetOf(gap());
          earlier.add(c);
        }
        Set<String> open = new java.util.HashSet<>(gap());
        open.removeAll(closedBy(p));
        if (!open.isEmpty()) {
          assertThat(p.coverage()).as("%s: coverage below 100%% when skills stay open", what).isLessThan(1.0);
        }
      }
    }
  }
}
