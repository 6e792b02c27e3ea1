package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignalRequirementsTest {
  /** A side skill's importance as shipped ({@code signals.sideImportance}). */
  private static final double SIDE_SKILL = Vocabularies.SETTINGS.derivation().signals().sideImportance();

  private static final List<CuratedTables.Signal> SIGNALS = List.of(
      signal("dashboard", "skill:data-visualization"),
      signal("venipuncture|draw(s|ing)? blood", "skill:phlebotomy"),
      signal("cloud engineer", "skill:cloud-computing"),
      signal("inventor(y|ies)", "skill:inventory-management"));

  private static CuratedTables.Signal signal(String regex, String skill) {
    return new CuratedTables.Signal(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), skill);
  }

  private static OccupationDraft rated(String code, String title, String... tasks) {
    OccupationDraft o = new OccupationDraft(code, title, "");
    o.rated = true;
    for (String t : tasks) o.tasks.add(new OccupationDraft.Task(t, true, List.of()));
    return o;
  }

  private static RequirementDeriver deriver(OccupationDraft... occupations) {
    Map<String, OccupationDraft> all = new TreeMap<>();
    for (OccupationDraft o : occupations) all.put(o.code, o);
    return new RequirementDeriver(all, SIGNALS, Map.of(), new ElementRatings(), Vocabularies.SETTINGS.derivation());
  }

  private static void derive(RequirementDeriver deriver, OccupationDraft o) {
    deriver.fromSignals(o, deriver.weights(o), Map.of());
  }

  @Test
  void callingEmergencyMedicalPersonnelIsNotGivingEmergencyMedicalCare() {
    // Held-out review #37: a recreation worker's task "notify emergency medical personnel" made Emergency Medical Care an
    // essential need, and a healthcare-provider BLS card was planned on top of their first aid card.
    List<CuratedTables.Signal> emergency = new CuratedTables(java.nio.file.Path.of("taxonomy/curated")).signals().stream()
        .filter(s -> s.skill().equals("skill:emergency-medical-care") || s.skill().equalsIgnoreCase("Emergency Medical Care")).toList();
    assertThat(emergency).isNotEmpty();
    java.util.function.Predicate<String> signals = task -> emergency.stream().anyMatch(s -> s.pattern().matcher(task).find());
    assertThat(signals.test("Administer first aid according to prescribed procedures and notify emergency medical personnel "
        + "when necessary.")).isFalse();
    assertThat(signals.test("Contact emergency medical personnel in case of serious injury.")).isFalse();
    assertThat(signals.test("Provide emergency medical care to the sick and injured.")).isTrue();
    assertThat(signals.test("Perform basic life support on patients.")).isTrue();
  }

  @Test
  void aSkillFarLessCentralThanWhereItPeaksIsOnlyASideSkill() {
    OccupationDraft ta = rated("25-9042.00", "Teaching Assistants", "Take inventory of supplies.", "Maintain inventories.",
        "Help students.", "Grade papers.", "Supervise recess.", "Read to children.", "Prepare lessons.", "Clean rooms.");
    RequirementDeriver deriver = deriver(ta);
    deriver.fromSignals(ta, deriver.weights(ta), Map.of("skill:inventory-management", 0.9));

    assertThat(ta.requirements.get("skill:inventory-management").importance()).isEqualTo(SIDE_SKILL);
  }

  @Test
  void aSkillBehindAFifthOfTheTasksIsEssentialAtLevelThreeAndImportanceFour() {
    OccupationDraft bi = rated("15-2051.01", "Business Intelligence Analysts",
        "Maintain databases and dashboards.", "Provide support for existing dashboards.", "Document specifications for dashboards.",
        "Write reports.", "Meet users.");
    derive(deriver(bi), bi);

    assertThat(bi.requirements.get("skill:data-visualization"))
        .isEqualTo(new RequiredSkill("skill:data-visualization", 3, 4.0, true, false, false, "derived-tasks"));
  }

  @Test
  void matchesTheDetailedWorkActivitiesOfATask() {
    OccupationDraft o = new OccupationDraft("31-9092.00", "Medical Assistants", "");
    o.rated = true;
    o.tasks.add(new OccupationDraft.Task("Collect specimens.", true, List.of("Draw blood samples from patients.")));
    o.tasks.add(new OccupationDraft.Task("Perform venipuncture.", true, List.of()));
    o.tasks.add(new OccupationDraft.Task("Greet patients.", true, List.of()));
    derive(deriver(o), o);

    assertThat(o.requirements.get("skill:phlebotomy").essential()).isTrue();
  }

  @Test
  void twoMinorTasksOfManyMakeASideSkillNotTheCore() {
    String[] tasks = new String[30];
    for (int i = 0; i < tasks.length; i++) tasks[i] = "Help students with lesson " + i + ".";
    tasks[0] = "Maintain inventories of materials.";
    tasks[1] = "Take inventory of supplies.";
    OccupationDraft ta = rated("25-9042.00", "Teaching Assistants", tasks);
    derive(deriver(ta), ta);

    assertThat(ta.requirements.get("skill:inventory-management").importance()).isEqualTo(SIDE_SKILL);
  }

  @Test
  void aSingleMentionOnARatedOccupationIsASideSkillAtLevelTwo() {
    OccupationDraft o = rated("53-4022.00", "Railroad Operators", "Read the dashboard gauges.");
    derive(deriver(o), o);

    assertThat(o.requirements.get("skill:data-visualization"))
        .isEqualTo(new RequiredSkill("skill:data-visualization", 2, 2.5, false, false, false, "derived-tasks"));
  }

  @Test
  void aSideSkillTakesTheImportanceTheSettingsGiveIt() {
    OccupationDraft o = rated("53-4022.00", "Railroad Operators", "Read the dashboard gauges.");
    RequirementDeriver.Policy shipped = Vocabularies.SETTINGS.derivation();
    RequirementDeriver.Signals s = shipped.signals();
    RequirementDeriver.Signals lower = new RequirementDeriver.Signals(s.supplementalTaskWeight(), s.keyTitleWeight(), s.minWeight(),
        s.coreMinWeight(), s.coreMinShare(), s.relativeShare(), s.highShare(), s.highWeight(), s.highImportance(), s.coreImportance(),
        s.coreLevel(), 2.0, 1, s.corroboratedImportance(), s.corroboratedMinLevel(), s.corroboratedMaxLevel());
    RequirementDeriver deriver = new RequirementDeriver(Map.of(o.code, o), SIGNALS, Map.of(), new ElementRatings(),
        new RequirementDeriver.Policy(shipped.scale(), lower, shipped.sameMajorGroupBonus()));
    derive(deriver, o);

    assertThat(o.requirements.get("skill:data-visualization"))
        .isEqualTo(new RequiredSkill("skill:data-visualization", 1, 2.0, false, false, false, "derived-tasks"));
  }

  @Test
  void countsHandAddedTitlesTwice() {
    OccupationDraft o = rated("15-1299.08", "Computer Systems Engineers/Architects", "Configure servers.");
    o.handTitle("Cloud Engineer");
    derive(deriver(o), o);

    assertThat(o.requirements.get("skill:cloud-computing").essential()).isTrue();
  }

  @Test
  void keepsAnOnetRequirementButReplacesAWeakerEscoOne() {
    OccupationDraft pm = new OccupationDraft("13-1082.00", "Project Management Specialists", "");
    for (String t : List.of("Update the dashboard.", "Fix dashboards.", "Show dashboards.")) pm.tasks.add(new OccupationDraft.Task(t, true, List.of()));
    pm.requireIfAbsent(new RequiredSkill("skill:data-visualization", 3, 3.5, true, false, false, "esco"));
    OccupationDraft bi = rated("15-2051.01", "BI Analysts", "Build dashboards.", "Fix dashboards.");
    bi.requireIfAbsent(new RequiredSkill("skill:data-visualization", 4, 4.5, true, false, false, "onet-skills"));
    RequirementDeriver deriver = deriver(pm, bi);
    derive(deriver, pm);
    derive(deriver, bi);

    assertThat(pm.requirements.get("skill:data-visualization").origin()).isEqualTo("derived-tasks");
    assertThat(bi.requirements.get("skill:data-visualization").origin()).isEqualTo("onet-skills");
  }

  @Test
  void everyShippedSignalCompilesAndNamesACanonicalSkill() {
    Vocabularies.Canonical canonical = Vocabularies.canonical();
    assertThat(Vocabularies.TABLES.signals()).isNotEmpty().allSatisfy(s ->
        assertThat(canonical.vocabulary().lookup(SkillMapper.flatKey(s.skill()))).as(s.skill()).isPresent());
  }
}
