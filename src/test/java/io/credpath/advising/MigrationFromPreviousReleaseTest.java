package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database at an earlier release's schema, with rows in it, is migrated forward to the current one on opening, on H2
 * and on PostgreSQL, and keeps every row. From V2 (keys, tenants, learners, saved plans, audit): the learner, the saved
 * plan (its pathways and steps, without the coverage and gap V4 began to keep) and the audit trail. From V4, the schema
 * before the reload signal (V5): also a step's progress, a cohort with its members, its finished planning job and an
 * allocation under a shared budget with its terms and choices. New writes work on both.
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

  // What V3 and V4 added, on top of the V2 rows: plan p1's coverage and gap, Dana's first step started, a cohort of her
  // alone planned by a finished job, and an allocation giving her the plan's pathway under a $1,000 budget.
  private static final String[] V4_ROWS = {
      "UPDATE saved_plan_pathways SET coverage = 0.75 WHERE plan_id = 'p1' AND pathway = 0",
      "INSERT INTO saved_plan_gaps (plan_id, position, skill, name, importance, kind, coverable) VALUES "
          + "('p1', 0, 'skill:computer-networks', 'Computer networks', 0.9, 'field', TRUE)",
      "INSERT INTO plan_progress (plan_id, credential, status, on_date, evidence_url, updated_at, updated_by) VALUES "
          + "('p1', 'comptia:network-plus', 'started', '2027-01-11', NULL, 4000, 'k1')",
      "INSERT INTO cohorts (id, tenant_id, name, rows_read, rejected, created_at, created_by) VALUES ('c1', 'northside', 'autumn', 1, 0, 5000, 'k1')",
      "INSERT INTO cohort_members (cohort_id, line, learner_id, reference, target) VALUES ('c1', 2, 'l1', 'S-1', '15-1232.00')",
      "INSERT INTO advising_jobs (id, tenant_id, kind, cohort_id, start_date, state, total, done, failed, failure, created_at, created_by, "
          + "started_at, run_started_at, run_started_count, finished_at) VALUES "
          + "('j1', 'northside', 'cohort.plan', 'c1', '2027-01-04', 'done', 1, 1, 0, NULL, 6000, 'k1', 6001, 6001, 0, 7000)",
      "INSERT INTO advising_job_rows (job_id, line, plan_id, failure) VALUES ('j1', 2, 'p1', NULL)",
      "INSERT INTO cohort_allocations (id, tenant_id, cohort_id, job_id, budget, currency, coverage, cost, optimal, upper_bound, work, "
          + "alone_coverage, alone_cost, alone_learners, created_at, created_by) VALUES "
          + "('a1', 'northside', 'c1', 'j1', 1000, 'USD', 0.75, 352.8, TRUE, 0.75, 12, 0.75, 392, 1, 8000, 'k1')",
      "INSERT INTO cohort_allocation_terms (allocation_id, credential, seat_limit) VALUES ('a1', 'comptia:network-plus', 5)",
      "INSERT INTO cohort_allocation_discounts (allocation_id, credential, min_seats, percent_off) VALUES ('a1', 'comptia:network-plus', 1, 10)",
      "INSERT INTO cohort_allocation_choices (allocation_id, line, plan_id, pathway, alone_pathway) VALUES ('a1', 2, 'p1', 0, 0)",
      "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES ('northside', 'k1', 4000, 'plan.progress', 'p1')",
      "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES ('northside', 'k1', 5000, 'cohort.create', 'c1')",
      "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES ('northside', 'k1', 6000, 'cohort.plan', 'j1')",
      "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES ('northside', 'k1', 8000, 'cohort.allocate', 'a1')"};

  @Test
  void anH2DatabaseAtV4KeepsItsProgressCohortJobAndAllocationWhenMigratedForward() throws SQLException {
    migratesV4KeepingRows("jdbc:h2:mem:migrate-v4;DB_CLOSE_DELAY=-1", Optional.empty());
  }

  @Test
  void aPostgresDatabaseAtV4KeepsItsProgressCohortJobAndAllocationWhenMigratedForward() throws Exception {
    try (PostgresDatabases pg = new PostgresDatabases()) {
      migratesV4KeepingRows(pg.empty("migrate"), Optional.of("postgres"));
    }
  }

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

  private static void migratesV4KeepingRows(String url, Optional<String> user) throws SQLException {
    Flyway.configure().dataSource(url, user.orElse(""), "").locations("classpath:db/migration").target("4").load().migrate();
    try (Connection c = DriverManager.getConnection(url, user.orElse(""), ""); Statement s = c.createStatement()) {
      for (String row : V2_ROWS) s.execute(row);
      for (String row : V4_ROWS) s.execute(row);
    }
    try (Database db = Database.connect(url, user, Optional.empty())) {
      assertThat(Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").load().info().current().getVersion().getVersion())
          .isEqualTo("5");
      Clock clock = Clock.fixed(java.time.Instant.parse("2027-04-21T09:00:00Z"), java.time.ZoneOffset.UTC);
      AdvisingStore store = new AdvisingStore(db, clock, new Random(1));
      assertThat(store.progress("northside", "l1", "p1")).singleElement().satisfies(p -> {
        assertThat(p.credential()).isEqualTo("comptia:network-plus");
        assertThat(p.status()).isEqualTo(StepStatus.STARTED);
        assertThat(p.date()).isEqualTo(LocalDate.of(2027, 1, 11));
      });
      Cohort cohort = db.read("read cohort", c -> CohortTable.find(c, "northside", "c1")).orElseThrow();
      assertThat(cohort.members()).containsExactly(new Cohort.Member(2, "S-1", "l1", "15-1232.00"));
      JobTable.Row job = db.read("read job", c -> JobTable.find(c, "j1", Optional.of("northside"))).orElseThrow();
      assertThat(List.of(job.state(), job.total(), job.done(), job.failed())).containsExactly(JobState.DONE, 1, 1, 0);

      Allocations allocations = new Allocations(db, clock, new Random(2), SharedBudgetOptimizer.DEFAULT_WORK);
      CohortAllocation kept = allocations.find("northside", "c1", "a1");
      assertThat(kept.shared()).isEqualTo(new CohortAllocation.Outcome(0.75, 352.8, 1));
      assertThat(kept.terms().credentials()).containsExactly(new SharedBudget.CredentialTerms("comptia:network-plus", OptionalInt.of(5),
          List.of(new SharedBudget.Discount(1, 10))));
      assertThat(kept.members()).singleElement().satisfies(m -> {
        assertThat(m.pathway()).hasValue(0);
        assertThat(m.label()).hasValue("cheapest");
        assertThat(m.coverage()).isEqualTo(0.75);
      });
      DemandReport demand = allocations.demand("northside", "c1", Optional.of("a1"));
      assertThat(demand.credentials()).singleElement().satisfies(d -> {
        assertThat(List.of(d.credential(), d.seats())).containsExactly("comptia:network-plus", 1);
        assertThat(d.cost()).isCloseTo(352.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.byQuarter()).extracting(DemandReport.QuarterDemand::quarter).containsExactly("2027-Q1");
      });
      assertThat(demand.gapSkills()).extracting(DemandReport.GapDemand::skill).containsExactly("skill:computer-networks");

      // New writes on the migrated rows: a step completed, and the same cohort allocated again under a budget too small for it.
      Actor desk = new Actor("northside", "k1");
      store.markStep(desk, "l1", "p1", new StepMark("comptia:network-plus", StepStatus.COMPLETED, LocalDate.of(2027, 4, 20), Optional.empty()));
      assertThat(store.findLearner("northside", "l1").orElseThrow().heldCredentials()).contains("comptia:network-plus");
      CohortAllocation tight = allocations.allocate(desk, "c1", new SharedBudget(300, "USD", List.of()), Optional.empty());
      assertThat(tight.job()).isEqualTo("j1");
      assertThat(tight.shared().learners()).isZero();
      assertThat(allocations.find("northside", "c1", tight.id())).isEqualTo(tight);
      assertThat(store.audit("northside", Long.MAX_VALUE, 10)).extracting(AuditEntry::action).containsExactly("cohort.allocate",
          "plan.progress", "cohort.allocate", "cohort.plan", "cohort.create", "plan.progress", "plan.save", "learner.create");
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
