package io.credpath.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standing the per-skill cap orders teachers by is what the real scoring rules weigh a credential for in its own
 * field, and it follows the rules when they are reloaded: no second recognition score in Java.
 */
class StandingRulesTest {
  @TempDir Path temp;

  @Test
  void theStandingIsWhatScoringDrlWeighsACredentialForInItsOwnField() {
    Map<String, Double> standing = RealRules.ENGINE.standing(Optional.empty());
    // WeighIndustryCertification (3) and BoostAccreditedCredential (0.5), BoostStackableCredential (0.5: it counts
    // toward the Secure Infrastructure stack)
    assertThat(standing.get("cert:sec-plus")).isEqualTo(4.0);
    // WeighIndustryCertification alone: accredited, but the stack does not name it
    assertThat(standing.get("cert:cysa")).isEqualTo(3.5);
    assertThat(standing.get("prog:data-analytics")).isEqualTo(2.0);
    assertThat(standing.get("course:linux")).isEqualTo(1.0);
    assertThat(RealRules.ENGINE.standing(Optional.empty())).isSameAs(standing);
  }

  @Test
  void aReloadedScoringRuleChangesTheStanding() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    try (RuleBase rules = new RuleBase(dir, Clock.systemUTC())) {
      DroolsPathwayRules engine = new DroolsPathwayRules(rules, RealRules.CATALOG);
      Map<String, Double> before = engine.standing(Optional.empty());
      assertThat(before.get("course:linux")).isEqualTo(1.0);
      Path scoring = dir.resolve("scoring.drl");
      Files.writeString(scoring, Files.readString(scoring).replace("""
          insertLogical(new Weight($c.id(), 1.0, drools.getRule().getName(), "A single " + $c.type() + "."));""", """
          insertLogical(new Weight($c.id(), 6.0, drools.getRule().getName(), "A single " + $c.type() + "."));"""));
      rules.reload();
      Map<String, Double> after = engine.standing(Optional.empty());
      assertThat(after).isNotSameAs(before);
      assertThat(after.get("course:linux")).isEqualTo(6.0);
      assertThat(after.get("cert:sec-plus")).isEqualTo(4.0);
    }
  }
}
