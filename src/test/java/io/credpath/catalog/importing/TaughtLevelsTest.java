package io.credpath.catalog.importing;

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
    SkillVocabulary vocabulary = new SkillVocabulary();
    ImportTables.addCanonicalSkills(vocabulary);
    vocabulary.add("Education and Training", "knowledge", null, "onet:2.C.6");
    vocabulary.add("Complex Problem Solving", "skill", null, "onet:2.B.2.i");
    vocabulary.add("iOS", "technology", null, null);
    mapper = new SkillMapper(vocabulary, key -> Optional.empty(), ImportTables.canonicalKeys());
    levels = new TaughtLevels(mapper);
  }

  @Test
  void teachesASkillOnlyATagAttachesOneLevelLower() {
    assertThat(levels.of("MLOps | Machine Learning Operations", List.of(), List.of("skill:aws"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:aws", 2));
  }

  @Test
  void teachesATaggedSkillTheTitleNamesAtTheEffortLevelAlsoByAlias() {
    assertThat(levels.of("Amazon Web Services Fundamentals", List.of(), List.of("skill:aws"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:aws", 3));
    assertThat(levels.of("Generative AI for iOS Developers", List.of(), List.of("skill:ios"), 4))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:ios", 4));
  }

  @Test
  void neverGoesBelowLevelOne() {
    assertThat(levels.of("Types of Conflict", List.of(), List.of("skill:python"), 1))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:python", 1));
  }

  @Test
  void capsGeneralOnetSkillsAndKnowledgeFromTagsAtLevelOne() {
    assertThat(levels.of("Types of Conflict", List.of(),
        List.of("skill:education-and-training", "skill:complex-problem-solving"), 4))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:complex-problem-solving", 1),
            new CredentialRecord.TaughtSkill("skill:education-and-training", 1));
    assertThat(levels.of("Complex Problem Solving", List.of(), List.of("skill:complex-problem-solving"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:complex-problem-solving", 3));
  }

  @Test
  void aTitleNamingMicrosoft365NamesItsApplications() {
    assertThat(levels.of("Microsoft 365 Fundamentals", List.of(), List.of("skill:microsoft-powerpoint"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:microsoft-powerpoint", 3));
  }

  @Test
  void keepsTheHigherLevelWhenTitleAndTagNameTheSameSkill() {
    assertThat(levels.of("SQL for Data Science", List.of("skill:sql"),
        List.of("skill:sql", "skill:tableau"), 3))
        .containsExactly(new CredentialRecord.TaughtSkill("skill:sql", 3),
            new CredentialRecord.TaughtSkill("skill:tableau", 2));
  }
}
