package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaughtLevelsTest {

  private SkillMapper mapper;
  private TaughtLevels levels;

  @BeforeEach
  void setUp() {
    Vocabularies.Canonical canonical = Vocabularies.canonical();
    SkillVocabulary vocabulary = canonical.vocabulary();
    vocabulary.add("Education and Training", "knowledge", null, "onet:2.C.6");
    vocabulary.add("Complex Problem Solving", "skill", null, "onet:2.B.2.i");
    vocabulary.add("iOS", "technology", null, null);
    mapper = new SkillMapper(vocabulary, key -> Optional.empty(), canonical.keys(), Vocabularies.WORDS);
    levels = new TaughtLevels(mapper, Vocabularies.TABLES.suites());
  }

  @Test
  void impliesTheTitleSkillsOneLevelBelowForIntermediateOfferingsAndAtLevelForCapstones() {
    List<CredentialRecord.TaughtSkill> sql = List.of(new CredentialRecord.TaughtSkill("skill:sql", 4, "title"),
        new CredentialRecord.TaughtSkill("skill:tableau", 3, "tag"));
    assertThat(ImpliedPrerequisites.of("Intermediate SQL", 3, sql)).isEqualTo(java.util.Map.of("skill", "skill:sql", "level", 2));
    assertThat(ImpliedPrerequisites.of("Advanced SQL", 4, sql)).isEqualTo(java.util.Map.of("skill", "skill:sql", "level", 3));
    assertThat(ImpliedPrerequisites.of("SQL Capstone", 1, sql)).isEqualTo(java.util.Map.of("skill", "skill:sql", "level", 4));
    assertThat(ImpliedPrerequisites.of("SQL Basics", 1, sql)).as("a beginner offering assumes nothing").isNull();
  }

  @Test
  void teachesASkillOnlyATagAttachesOneLevelLower() {
    assertThat(levels.of("MLOps | Machine Learning Operations", List.of(), List.of("skill:aws"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:aws", 2, "tag"));
  }

  @Test
  void teachesATaggedSkillTheTitleNamesAtTheEffortLevelAlsoByAlias() {
    assertThat(levels.of("Amazon Web Services Fundamentals", List.of(), List.of("skill:aws"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:aws", 3, "title"));
    assertThat(levels.of("Generative AI for iOS Developers", List.of(), List.of("skill:ios"), 4))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:ios", 4, "title"));
  }

  @Test
  void neverGoesBelowLevelOne() {
    assertThat(levels.of("Types of Conflict", List.of(), List.of("skill:python"), 1))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:python", 1, "tag"));
  }

  @Test
  void capsGeneralOnetSkillsAndKnowledgeFromTagsAtLevelOne() {
    assertThat(levels.of("Types of Conflict", List.of(),
        List.of("skill:education-and-training", "skill:complex-problem-solving"), 4))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:complex-problem-solving", 1, "tag"),
            new CredentialRecord.TaughtSkill("skill:education-and-training", 1, "tag"));
    assertThat(levels.of("Complex Problem Solving", List.of(), List.of("skill:complex-problem-solving"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:complex-problem-solving", 3, "title"));
  }

  @Test
  void aTitleNamingMicrosoft365NamesItsApplications() {
    assertThat(levels.of("Microsoft 365 Fundamentals", List.of(), List.of("skill:microsoft-powerpoint"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:microsoft-powerpoint", 3, "title"));
  }

  @Test
  void keepsTheHigherLevelWhenTitleAndTagNameTheSameSkill() {
    assertThat(levels.of("SQL for Data Science", List.of("skill:sql"),
        List.of("skill:sql", "skill:tableau"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:sql", 3, "title"),
            new CredentialRecord.TaughtSkill("skill:tableau", 2, "tag"));
  }
}
