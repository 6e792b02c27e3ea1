package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database at the previous release's schema (V2: keys, tenants, learners, saved plans, audit), with rows in it, is
 * migrated forward to the current one on opening, on H2 and on PostgreSQL, and keeps every row: the learner, the saved
 * plan (its pathways and steps, without the coverage and gap V4 began to keep) and the audit trail; new writes work on it.
 */
class MigrationFromPreviousReleaseTest {
  private static final String[] V2_ROWS = {
      "INSERT INTO tenants (id, rate_per_minute, updated_at) VALUES ('northside', 600, 1000)",
      "INSERT INTO api_keys (id, secret_hash, role, tenant_id, label, created_at) VALUES ('k1', '" + "a".repeat(64) + "', 'advisor', 'northside', 'desk', 1000)",
      "INSERT INTO learners (id, tenant_id, external_ref, name, current_occupation, experience_years, budget_max_cost, budget_currency, "
          + "budget_max_hours, budget_max_weeks, budget_hours_per_week, funding_notes, created_at, updated_at) VALUES "
          + "('l1', 'northside', 'S-1', 'Dana Whitfield', '41-2031.00', 4, 1500, 'USD', NULL, 26, 8, 'WIOA', 2000, 2000)",
      "INSERT INTO learner_items (learner_id, kind, position, item, level) VALUES ('l1', 'credential', 0, 'comptia:a-plus', NULL)",
      "INSERT INTO learner_items (learner_id, kind, position, item, level) VALUES ('l1', 'skill', 0, 'skill:sql', 2)",
      "INSERT INTO saved_plans (id, learner_id, tenant_id, target, request_json, response_json, taxonomy_fingerprint, rules_version, "
          + "created_at, created_by) VALUES ('p1', 'l1', 'northside', '15-1232.00', '{\"target\":\"15-1232.00\"}', '{\"pathways\":[]}', 'tax', 'rules', 3000, 'k1')",
      "INSERT INTO saved_plan_pathways (plan_id, pathway, label, cost, hours, weeks) VALUES ('p1', 0, 'cheapest', 392, 120, 16)",
      "INSERT INTO saved_plan_steps (plan_id, pathway, position, credential, title, cost, hours, start_week, end_week) VALUES "
          + "('p1', 0, 0, 'comptia:network-plus', 'CompTIA Network+', 392, 120, 1, 16)",
      "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES ('northside', 'k1', 2000, 'learner.create', 'l1')",
      "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES ('northside', 'k1', 3000, 'plan.save', 'p1')"};

  @Test
  void anH2DatabaseAtV2KeepsItsRowsWhenMigratedForward() throws SQLException {
    String url = "jdbc:h2:mem:migrate-v2;DB_CLOSE_DELAY=-1";
    migratesKeepingRows(url, Optional.empty());
  }

  @Test
  void aPostgresDatabaseAtV2KeepsItsRowsWhenMigratedForward() throws Exception {
    try (PostgresDatabases pg = new PostgresDatabases()) {
      migratesKeepingRows(pg.empty("migrate"), Optional.of("postgres"));
    }
  }

  private static void migratesKeepingRows(String url, Optional<String> user) throws SQLException {
    Flyway.configure().dataSource(url, user.orElse(""), "").locations("classpath:db/migration").target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(url, user.orElse(""), ""); Statement s = c.createStatement()) {
      for (String row : V2_ROWS) s.execute(row);
    }
    try (Database db = Database.connect(url, user, Optional.empty())) {
      assertThat(Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").load().info().current().getVersion().getVersion())
          .isEqualTo("5");
      AdvisingStore store = new AdvisingStore(db, Clock.systemUTC(), new Random(1));
      Learner dana = store.findLearner("northside", "l1").orElseThrow();
      assertThat(List.of(dana.externalRef(), dana.name())).containsExactly("S-1", "Dana Whitfield");
      assertThat(dana.heldCredentials()).containsExactly("comptia:a-plus");
      SavedPlan plan = store.findPlan("northside", "l1", "p1").orElseThrow();
      assertThat(plan.request()).isEqualTo("{\"target\":\"15-1232.00\"}");
      assertThat(plan.pathways()).hasSize(1);
      assertThat(plan.pathways().get(0).coverage()).isEmpty();
      assertThat(plan.pathways().get(0).steps()).extracting(SavedPlan.SavedStep::credential).containsExactly("comptia:network-plus");
      assertThat(plan.gap()).isEmpty();
      assertThat(store.audit("northside", Long.MAX_VALUE, 10)).extracting(AuditEntry::action).containsExactly("plan.save", "learner.create");
      Actor desk = new Actor("northside", "k1");
      SavedPlan again = store.savePlan(desk, "l1", "15-1232.00", plan.basis(), "{}", "{}",
          List.of(new SavedPlan.SavedPathway("cheapest", 1, 1, 1, java.util.OptionalDouble.of(0.5), List.of())),
          List.of(new SavedPlan.GapSkill("skill:sql", "SQL", 0.9, "field", true)));
      assertThat(store.findPlan("northside", "l1", again.id()).orElseThrow()).isEqualTo(again);
    }
  }
}
