package io.credpath.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TaskDerivedRequirementsTest {

  private static final List<RequirementDeriver.TaskKeyword> KEYWORDS = List.of(
      RequirementDeriver.TaskKeyword.of("dashboard*", "skill:data-visualization", true),
      RequirementDeriver.TaskKeyword.of("cloud engineer*", "skill:cloud-computing", true),
      RequirementDeriver.TaskKeyword.of("security", "skill:cybersecurity", false),
      RequirementDeriver.TaskKeyword.of("project", "skill:project-management", false));

  private static OccupationDraft rated(String code, String title, String... tasks) {
    OccupationDraft o = new OccupationDraft(code, title, "");
    o.rated = true;
    o.tasks.addAll(List.of(tasks));
    return o;
  }

  private static RequirementDeriver deriver(OccupationDraft... occupations) {
    Map<String, OccupationDraft> all = new TreeMap<>();
    for (OccupationDraft o : occupations) {
      all.put(o.code, o);
    }
    return new RequirementDeriver(all, KEYWORDS, Map.of());
  }

  @Test
  void makesASkillTwoTasksMentionEssentialOnARatedOccupation() {
    OccupationDraft bi = rated("15-2051.01", "Business Intelligence Analysts",
        "Maintain databases and dashboards.", "Provide support for existing dashboards.",
        "Document specifications for dashboards.");
    deriver(bi).fromTasks(bi);

    assertThat(bi.requirements.get("skill:data-visualization"))
        .isEqualTo(new Requirement("skill:data-visualization", 3, 4.0, true, false, false, "derived-tasks"));
  }

  @Test
  void aSingleMentionOnARatedOccupationIsAMinorLevelTwoSideSkill() {
    OccupationDraft o = rated("53-4022.00", "Railroad Operators", "Read the dashboard gauges.");
    deriver(o).fromTasks(o);

    assertThat(o.requirements.get("skill:data-visualization"))
        .isEqualTo(new Requirement("skill:data-visualization", 2, 2.5, false, false, false, "derived-tasks"));
  }

  @Test
  void ratedOccupationsUseOnlyTheKeywordsMarkedForEveryOccupation() {
    OccupationDraft guard = rated("33-9032.00", "Security Guards", "Patrol for security.", "Write security reports.");
    deriver(guard).fromTasks(guard);

    assertThat(guard.requirements).doesNotContainKey("skill:cybersecurity");
  }

  @Test
  void countsHandAddedTitlesAsMentions() {
    OccupationDraft o = rated("15-1299.08", "Computer Systems Engineers/Architects", "Configure servers.");
    o.handTitle("Cloud Engineer");
    o.handTitle("Cloud Engineering Lead");
    deriver(o).fromTasks(o);

    assertThat(o.requirements.get("skill:cloud-computing").essential()).isTrue();
  }

  @Test
  void keepsAnONetRequirementButReplacesAWeakerEscoOne() {
    OccupationDraft pm = new OccupationDraft("13-1082.00", "Project Management Specialists", "");
    pm.tasks.addAll(List.of("Monitor project milestones.", "Update project plans.", "Schedule project meetings."));
    pm.requireIfAbsent(new Requirement("skill:project-management", 3, 3.5, true, false, false, "esco"));
    OccupationDraft bi = rated("15-2051.01", "BI Analysts", "Build dashboards.", "Fix dashboards.");
    bi.requireIfAbsent(new Requirement("skill:data-visualization", 4, 4.5, true, false, false, "onet-skills"));
    RequirementDeriver deriver = deriver(pm, bi);
    deriver.fromTasks(pm);
    deriver.fromTasks(bi);

    assertThat(pm.requirements.get("skill:project-management").origin()).isEqualTo("derived-tasks");
    assertThat(pm.requirements.get("skill:project-management").importance()).isEqualTo(4.0);
    assertThat(bi.requirements.get("skill:data-visualization").origin()).isEqualTo("onet-skills");
  }

  @Test
  void aTrailingStarMatchesWordEndingsAndAPlainKeywordOnlyWholeWords() {
    assertThat(RequirementDeriver.TaskKeyword.of("dashboard*", "x", true).pattern().matcher("dashboards").find()).isTrue();
    assertThat(RequirementDeriver.TaskKeyword.of("security", "x", true).pattern().matcher("cybersecurity").find()).isFalse();
  }
}
