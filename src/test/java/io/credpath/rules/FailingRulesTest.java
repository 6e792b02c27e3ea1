package io.credpath.rules;

import static io.credpath.rules.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.planner.RuleFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that compile but throw at run time: each failure names the rule and where it is declared. */
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
    return dir;
  }

  @Test
  void aConsequenceThatThrowsNamesTheRuleAndItsLine() throws IOException {
    try (RuleBase rules = new RuleBase(baseRulesPlus("weights.drl", DIVIDES_BY_ZERO), Clock.systemUTC())) {
      DroolsPathwayRules engine = new DroolsPathwayRules(rules, CATALOG);
      assertThatThrownBy(() -> engine.assess(request().build(), List.copyOf(CATALOG.credentials())))
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
      assertThatThrownBy(() -> engine.assess(request().build(), List.copyOf(CATALOG.credentials())))
          .isInstanceOfSatisfying(RuleFailedException.class, e -> {
            assertThat(e.rule()).isEqualTo("ExcludeByAnImpossibleSubstring");
            assertThat(e.location()).isEqualTo("rules/exclude.drl:5");
            assertThat(e.failure()).contains("StringIndexOutOfBoundsException");
          });
    }
  }
}
