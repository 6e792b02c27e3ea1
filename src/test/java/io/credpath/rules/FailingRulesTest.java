package io.credpath.rules;

import static io.credpath.rules.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Problem;
import io.credpath.planner.PlanResult.Excluded;
import io.credpath.planner.RuleFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that compile but throw at run time: each failure names the rule and where it is declared, and a reload whose
 * rules throw on the sample requests is rejected while the previous rules keep serving.
 */
class FailingRulesTest {
  private static final Catalog CATALOG = Fixtures.smallCatalog();
  private static final String DIVIDES_BY_ZERO = """
      package credpath

      import io.credpath.rules.facts.Candidate;

      rule "WeighByDividingByZero"
      when
          $c : Candidate( )
      then
          int none = 0;
          insertLogical(new io.credpath.rules.facts.Weight($c.id(), 1 / none, drools.getRule().getName(), "never"));
      end
      """;
  private static final String THROWS_IN_CONDITION = """
      package credpath

      import io.credpath.rules.facts.Candidate;

      rule "ExcludeByAnImpossibleSubstring"
      when
          $c : Candidate( title.substring(1000) == "x" )
      then
      end
      """;

  @TempDir Path temp;

  private Path baseRulesPlus(String file, String drl) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    if (drl != null) Files.writeString(dir.resolve(file), drl);
    return RuleBaseTest.withGapPolicy(dir);
  }

  private static List<RuleTrial.Sample> samples() {
    return List.of(new RuleTrial.Sample("security analyst", request().target("15-1212.00").build()),
        new RuleTrial.Sample("data analyst", request().target("15-2051.01").build()),
        new RuleTrial.Sample("an occupation this catalogue lacks", request().target("99-9999.00").build()));
  }

  @Test
  void aConsequenceThatThrowsNamesTheRuleAndItsLine() throws IOException {
    try (RuleBase rules = new RuleBase(baseRulesPlus("weights.drl", DIVIDES_BY_ZERO), Clock.systemUTC())) {
      DroolsPathwayRules engine = new DroolsPathwayRules(rules, CATALOG);
      assertThatThrownBy(() -> RealRules.assess(engine, request().build(), List.copyOf(CATALOG.credentials())))
          .isInstanceOfSatisfying(RuleFailedException.class, e -> {
            assertThat(e.rule()).isEqualTo("WeighByDividingByZero");
            assertThat(e.location()).isEqualTo("rules/weights.drl:5");
            assertThat(e.failure()).isEqualTo("ArithmeticException: / by zero");
          });
    }
  }

  @Test
  void aConditionThatThrowsNamesTheRule() throws IOException {
    try (RuleBase rules = new RuleBase(baseRulesPlus("exclude.drl", THROWS_IN_CONDITION), Clock.systemUTC())) {
      DroolsPathwayRules engine = new DroolsPathwayRules(rules, CATALOG);
      assertThatThrownBy(() -> RealRules.assess(engine, request().build(), List.copyOf(CATALOG.credentials())))
          .isInstanceOfSatisfying(RuleFailedException.class, e -> {
            assertThat(e.rule()).isEqualTo("ExcludeByAnImpossibleSubstring");
            assertThat(e.location()).isEqualTo("rules/exclude.drl:5");
            assertThat(e.failure()).contains("StringIndexOutOfBoundsException");
          });
    }
  }

  @Test
  void rulesThatThrowOnTheSamplesAreRejectedAndThePreviousOnesKeepServing() throws IOException {
    Path dir = baseRulesPlus("weights.drl", null);
    try (RuleBase rules = new RuleBase(dir, Clock.systemUTC())) {
      DroolsPathwayRules engine = new DroolsPathwayRules(rules, CATALOG);
      Files.writeString(dir.resolve("weights.drl"), DIVIDES_BY_ZERO);
      RuleTrial trial = new RuleTrial(CATALOG, samples(), Clock.systemUTC());

      assertThatThrownBy(() -> rules.reload(trial)).isInstanceOfSatisfying(RuleTrialException.class, e ->
          assertThat(e.problems()).extracting(Problem::toString).containsExactly("rules/weights.drl:5: rule \"WeighByDividingByZero\" "
              + "threw ArithmeticException: / by zero planning sample \"security analyst\""));
      assertThat(rules.status().lastReloadError()).get().asString().contains("WeighByDividingByZero");
      assertThat(RealRules.assess(engine, request().build(), List.copyOf(CATALOG.credentials())).exclusions())
          .extracting(Excluded::rule).containsExactly("ExcludeRetiredCredential");
    }
  }

  @Test
  void rulesThatPassTheSamplesGoLiveAndSamplesTheCatalogueLacksAreSkipped() throws IOException {
    Path dir = baseRulesPlus("weights.drl", null);
    try (RuleBase rules = new RuleBase(dir, Clock.systemUTC())) {
      Files.writeString(dir.resolve("eligibility.drl"), Files.readString(dir.resolve("eligibility.drl"))
          .replace("ExcludeRetiredCredential", "ExcludeWithdrawnCredential"));
      RuleTrial trial = new RuleTrial(CATALOG, samples(), Clock.systemUTC());
      assertThat(rules.reload(trial).lastReloadError()).isEmpty();
      assertThat(trial.summary()).isEqualTo("2 sample plan(s) passed, 1 skipped");
      assertThat(RealRules.assess(new DroolsPathwayRules(rules, CATALOG), request().build(), List.copyOf(CATALOG.credentials())).exclusions())
          .extracting(Excluded::rule).containsExactly("ExcludeWithdrawnCredential");
    }
  }
}
