package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which of an occupation's requirements are general: shown as grown on the job, never bought. */
class ProfileClassifierTest {
  private static final String LANGUAGES = "skill:object-or-component-oriented-development-software";

  private static RequiredSkill python() {
    return new RequiredSkill("skill:python", 3, 4.0, true, true, true, "onet-technology", false, LANGUAGES);
  }

  @Test
  void aSpecialistsToolIsGeneralOutsideTheMajorGroupsThatPractiseIt() {
    OccupationDraft auditor = new OccupationDraft("47-4011.01", "Energy Auditors", "");
    auditor.require(python());
    OccupationDraft analyst = new OccupationDraft("15-2051.01", "Business Intelligence Analysts", "");
    analyst.require(python());
    Map<String, OccupationDraft> all = new LinkedHashMap<>();
    all.put(auditor.code, auditor);
    all.put(analyst.code, analyst);
    for (int i = 0; i < 8; i++) all.put("99-000" + i + ".00", new OccupationDraft("99-000" + i + ".00", "Other " + i, ""));

    new ProfileClassifier(all, new ElementRatings(), Set.of(), Set.of(), Map.of(LANGUAGES, Set.of("11", "13", "15", "17", "19")),
        Map.of(), Vocabularies.SETTINGS.generalThresholds()).classify();

    assertThat(auditor.requirements.get("skill:python").general()).as("Python for an energy auditor (47-)").isTrue();
    assertThat(analyst.requirements.get("skill:python").general()).as("Python for a BI analyst (15-)").isFalse();
  }

  @Test
  void aScopeNamesMinorGroupsAndOccupationsAsWellAsMajorGroups() {
    OccupationDraft designer = new OccupationDraft("27-1024.00", "Graphic Designers", "");
    designer.require(python());
    OccupationDraft editor = new OccupationDraft("27-3041.00", "Editors", "");
    editor.require(python());
    OccupationDraft writer = new OccupationDraft("27-3042.00", "Technical Writers", "");
    writer.require(python());
    Map<String, OccupationDraft> all = new LinkedHashMap<>();
    for (OccupationDraft o : List.of(designer, editor, writer)) all.put(o.code, o);
    for (int i = 0; i < 8; i++) all.put("99-000" + i + ".00", new OccupationDraft("99-000" + i + ".00", "Other " + i, ""));

    new ProfileClassifier(all, new ElementRatings(), Set.of(), Set.of(), Map.of(LANGUAGES, Set.of("27-1", "27-3042")), Map.of(), Vocabularies.SETTINGS.generalThresholds()).classify();

    assertThat(designer.requirements.get("skill:python").general()).as("in minor group 27-1").isFalse();
    assertThat(writer.requirements.get("skill:python").general()).as("the occupation named").isFalse();
    assertThat(editor.requirements.get("skill:python").general()).as("27-3041 is in neither").isTrue();
  }

  @Test
  void aToolMostJobsShareIsCoreWhereItsKindIsNamedCore() {
    String spreadsheets = "skill:spreadsheet-software";
    java.util.function.Function<String, OccupationDraft> withExcel = code -> {
      OccupationDraft o = new OccupationDraft(code, code, "");
      o.require(new RequiredSkill("skill:microsoft-excel", 3, 4.0, true, true, true, "onet-technology", false, spreadsheets));
      return o;
    };
    Map<String, OccupationDraft> all = new LinkedHashMap<>();
    for (String code : List.of("43-4131.00", "43-5032.00", "35-2014.00", "47-2061.00")) all.put(code, withExcel.apply(code));

    new ProfileClassifier(all, new ElementRatings(), Set.of(), Set.of(), Map.of(), Map.of(spreadsheets, Set.of("43")), Vocabularies.SETTINGS.generalThresholds()).classify();

    assertThat(all.get("43-4131.00").requirements.get("skill:microsoft-excel").general()).as("a loan clerk's Excel").isFalse();
    assertThat(all.get("35-2014.00").requirements.get("skill:microsoft-excel").general()).as("a cook's Excel").isTrue();
  }
}
