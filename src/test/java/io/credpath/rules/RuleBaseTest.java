package io.credpath.rules;

import static io.credpath.rules.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Problem;
import io.credpath.planner.PlanResult.Excluded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, validating and hot-reloading rule directories from disk. */
class RuleBaseTest {
  private static final Catalog CATALOG = Fixtures.smallCatalog();
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final String BROKEN = """
      package credpath

      rule "ExcludeNothing"
      when
          $c : NoSuchFact( cost > 1 )
      then
      end
      """;

  @TempDir
  Path temp;

  private Path copyOfBaseRules() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    return withGapPolicy(dir);
  }

  /** {@code dir} with the shipped gap policy, which every rules directory holds beside its DRL. */
  static Path withGapPolicy(Path dir) throws IOException {
    Files.copy(Path.of("rules", GapPolicyFile.NAME), dir.resolve(GapPolicyFile.NAME));
    return dir;
  }

  private static long rulesDeclaredIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long n = 0;
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        n += Files.readAllLines(f).stream().filter(l -> l.startsWith("rule \"")).count();
      }
      return n;
    }
  }

  @Test
  void loadsTheRealRulesWithTheirTenantOverlay() throws IOException {
    List<Problem> problems = RuleBase.validate(Path.of("rules"));
    assertThat(problems).isEmpty();
    try (RuleBase rules = new RuleBase(Path.of("rules"), Clock.fixed(T0, ZoneOffset.UTC))) {
      assertThat(rules.status().files()).containsExactly(
          "rules/advice.drl", "rules/eligibility.drl", "rules/explain.drl", "rules/scoring.drl", "rules/stacking.drl");
      assertThat(rules.status().ruleCount()).isEqualTo(rulesDeclaredIn(Path.of("rules")));
      assertThat(rules.status().tenants()).containsExactly("example-college");
      assertThat(rules.status().loadedAt()).isEqualTo(T0);
      assertThat(rules.status().lastReloadError()).isEmpty();
    }
  }

  @Test
  void reportsCompileErrorsWithFileAndLine() throws IOException {
    Path dir = withGapPolicy(Files.createDirectories(temp.resolve("rules")));
    Files.writeString(dir.resolve("broken.drl"), BROKEN);
    Files.writeString(dir.resolve("typo.drl"), "package credpath\n\nrule \"Unfinished\"\nwhen\n    String( length > )\nthen\nend\n");
    assertThatThrownBy(() -> new RuleBase(dir, Clock.systemUTC()))
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("rules/broken.drl:5: Unable to resolve ObjectType 'NoSuchFact'")
        .hasMessageContaining("rules/typo.drl:5: ");
    assertThat(RuleBase.validate(dir)).extracting(Problem::file).containsOnly("rules/broken.drl", "rules/typo.drl");
  }

  @Test
  void reportsCompileErrorsInATenantOverlayWithItsPath() throws IOException {
    Path dir = withGapPolicy(Files.createDirectories(temp.resolve("rules")));
    Files.writeString(dir.resolve("ok.drl"), "package credpath\n");
    Files.writeString(Files.createDirectories(dir.resolve("tenants/acme")).resolve("policy.drl"),
        BROKEN.replace("package credpath", "package credpath.tenant.acme"));
    assertThat(RuleBase.validate(dir)).extracting(Problem::toString)
        .singleElement().asString().startsWith("rules/tenants/acme/policy.drl:5: ");
  }

  @Test
  void rejectsADirectoryWithoutRules() {
    assertThat(RuleBase.validate(temp.resolve("missing"))).extracting(Problem::message).containsExactly("rules directory not found");
    assertThat(RuleBase.validate(temp)).extracting(Problem::message).containsExactly("no *.drl files in the rules directory");
  }

  @Test
  void failedReloadKeepsThePreviousRulesServing() throws IOException {
    Path dir = copyOfBaseRules();
    MutableClock clock = new MutableClock(T0);
    try (RuleBase rules = new RuleBase(dir, clock)) {
      DroolsPathwayRules engine = new DroolsPathwayRules(rules, CATALOG);
      Path eligibility = dir.resolve("eligibility.drl");
      String good = Files.readString(eligibility);
      String version = rules.status().version();
      try (RuleBase again = new RuleBase(dir, clock)) {
        assertThat(version).hasSize(64).isEqualTo(again.status().version());
      }
      Files.writeString(eligibility, BROKEN);
      clock.set(T0.plusSeconds(60));

      assertThatThrownBy(rules::reload).isInstanceOf(RuleCompilationException.class).hasMessageContaining("rules/eligibility.drl:5");
      assertThat(rules.status().lastReloadError()).get().asString().contains("rules/eligibility.drl:5");
      assertThat(rules.status().lastReloadAt()).isEqualTo(T0.plusSeconds(60));
      assertThat(rules.status().loadedAt()).isEqualTo(T0);
      assertThat(rules.status().version()).as("the version of the rules still serving").isEqualTo(version);
      assertThat(RealRules.assess(engine, request().build(), List.copyOf(CATALOG.credentials())).exclusions())
          .extracting(Excluded::rule).containsExactly("ExcludeRetiredCredential");

      Files.writeString(eligibility, good.replace("ExcludeRetiredCredential", "ExcludeWithdrawnCredential"));
      clock.set(T0.plusSeconds(120));
      RuleStatus status = rules.reload();
      assertThat(status.lastReloadError()).isEmpty();
      assertThat(status.loadedAt()).isEqualTo(T0.plusSeconds(120));
      assertThat(status.version()).as("a changed rule is a new rules version").hasSize(64).isNotEqualTo(version);
      assertThat(RealRules.assess(engine, request().build(), List.copyOf(CATALOG.credentials())).exclusions())
          .extracting(Excluded::rule).containsExactly("ExcludeWithdrawnCredential");
    }
  }

  /** A clock tests move by hand. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant t) {
      now = t;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
