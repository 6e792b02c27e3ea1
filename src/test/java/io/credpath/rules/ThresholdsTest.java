package io.credpath.rules;

import static io.credpath.rules.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Requirement;
import io.credpath.planner.PathwayRules.Assessment;
import io.credpath.planner.PlanResult.Excluded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A threshold stated once in the shipped rules is changed in that one place, and every rule that reads it follows. */
class ThresholdsTest {
  @TempDir
  Path dir;

  /** A level-3 exam whose issuer recommends Security+ (level 2) first. */
  private static final Credential ASSOCIATE = Fixtures.credential("cert:associate").title("Security Associate")
      .type(CredentialType.CERTIFICATION).level(3).exam(165).skills("security", 3)
      .recommends(new Requirement.HasCredential("cert:sec-plus")).build();

  private static Assessment assess(DroolsPathwayRules engine, boolean baseOpen) {
    List<Credential> candidates = new ArrayList<>(RealRules.CATALOG.credentials().stream()
        .filter(c -> baseOpen || !c.id().equals("cert:sec-plus")).toList());
    candidates.add(ASSOCIATE);
    return RealRules.assess(engine, request().build(), candidates);
  }

  private static List<String> excludedBy(Assessment a, String rule) {
    return a.exclusions().stream().filter(e -> e.rule().equals(rule)).map(Excluded::credential).toList();
  }

  @Test
  void raisingTheProfessionalLevelInItsFunctionMovesBothRulesThatReadIt() throws Exception {
    String rule = "ExcludeProfessionalCredentialBeforeItsRecommendedBase";
    // As shipped, the level-3 exam waits for its base, or is paired with it when the base is open.
    assertThat(excludedBy(assess(RealRules.ENGINE, false), rule)).containsExactly("cert:associate");
    assertThat(assess(RealRules.ENGINE, true).baseFirst()).containsKey("cert:associate");
    // professionalLevel() raised to 4 in eligibility.drl alone: the exclusion and the pairing both let level 3 go.
    try (var files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        String text = Files.readString(f);
        if (f.getFileName().toString().equals("eligibility.drl")) {
          String shipped = "function int professionalLevel() {\n    return 3;";
          assertThat(text).contains(shipped);
          text = text.replace(shipped, "function int professionalLevel() {\n    return 4;");
        }
        Files.writeString(dir.resolve(f.getFileName()), text);
      }
    }
    RuleBaseTest.withGapPolicy(dir);
    DroolsPathwayRules raised = new DroolsPathwayRules(new RuleBase(dir, Clock.systemUTC()), RealRules.CATALOG);
    assertThat(excludedBy(assess(raised, false), rule)).isEmpty();
    assertThat(assess(raised, true).baseFirst()).doesNotContainKey("cert:associate");
  }
}
