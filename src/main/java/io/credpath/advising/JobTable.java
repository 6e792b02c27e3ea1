package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of background jobs: a row per job with its state and counters, and a row per cohort row it has an outcome for. */
final class JobTable {
  private static final String COLUMNS = "id, tenant_id, cohort_id, start_date, state, total, done, failed, failure, created_at, "
      + "created_by, started_at, run_started_at, run_started_count, finished_at";
  /** The most failed rows a job's status lists. */
  static final int MAX_FAILURES_SHOWN = 200;

  private JobTable() {}

  /** A job row as stored, with what its status needs. */
  record Row(String id, String tenant, String cohort, LocalDate startDate, JobState state, int total, int done, int failed,
      Optional<String> failure, Instant created, String createdBy, Optional<Instant> started, Optional<Instant> runStarted,
      int runStartedCount, Optional<Instant> finished) {}

  static void insert(Connection c, Row j) throws SQLException {
    String sql = "INSERT INTO advising_jobs (id, tenant_id, kind, cohort_id, start_date, state, total, done, failed, created_at, created_by) "
        + "VALUES (?, ?, 'cohort.plan', ?, ?, ?, ?, 0, 0, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, j.id());
      ps.setString(2, j.tenant());
      ps.setString(3, j.cohort());
      ps.setString(4, j.startDate().toString());
      ps.setString(5, j.state().wireName());
      ps.setInt(6, j.total());
      ps.setLong(7, j.created().toEpochMilli());
      ps.setString(8, j.createdBy());
      ps.executeUpdate();
    }
  }

  /** The job {@code id} of any tenant (the scheduler runs it), or of {@code tenant} only when one is given. */
  static Optional<Row> find(Connection c, String id, Optional<String> tenant) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM advising_jobs WHERE id = ?" + (tenant.isPresent() ? " AND tenant_id = ?" : "");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      if (tenant.isPresent()) ps.setString(2, tenant.get());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  /** The ids of jobs not yet done or failed. */
  static List<String> unfinished(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM advising_jobs WHERE state IN ('queued', 'running') ORDER BY created_at");
         ResultSet rs = ps.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) out.add(rs.getString(1));
      return out;
    }
  }

  /** The tenant's unfinished job for {@code cohort}, if any. */
  static Optional<String> unfinishedFor(Connection c, String tenant, String cohort) throws SQLException {
    String sql = "SELECT id FROM advising_jobs WHERE tenant_id = ? AND cohort_id = ? AND state IN ('queued', 'running')";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant);
      ps.setString(2, cohort);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Marks a run of the job begun: running, started (the first time), and where this run starts counting from. */
  static void running(Connection c, String id, Instant at) throws SQLException {
    String sql = "UPDATE advising_jobs SET state = 'running', started_at = COALESCE(started_at, ?), run_started_at = ?, "
        + "run_started_count = done + failed WHERE id = ? AND state IN ('queued', 'running')";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, at.toEpochMilli());
      ps.setLong(2, at.toEpochMilli());
      ps.setString(3, id);
      ps.executeUpdate();
    }
  }

  /** Ends the job as {@code state}, with the reason when it failed. */
  static void finish(Connection c, String id, JobState state, Optional<String> failure, Instant at) throws SQLException {
    String sql = "UPDATE advising_jobs SET state = ?, failure = ?, finished_at = ? WHERE id = ? AND state IN ('queued', 'running')";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, state.wireName());
      if (failure.isPresent()) ps.setString(2, clip(failure.get())); else ps.setNull(2, Types.VARCHAR);
      ps.setLong(3, at.toEpochMilli());
      ps.setString(4, id);
      ps.executeUpdate();
    }
  }

  /**
   * Records the job's outcome for the row on {@code line} (a plan, or why none) and counts it; the key refuses a second
   * outcome for the same row, so a row is never counted or planned twice.
   */
  static void outcome(Connection c, String job, int line, Optional<String> plan, Optional<String> failure) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO advising_job_rows (job_id, line, plan_id, failure) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, job);
      ps.setInt(2, line);
      if (plan.isPresent()) ps.setString(3, plan.get()); else ps.setNull(3, Types.VARCHAR);
      if (failure.isPresent()) ps.setString(4, clip(failure.get())); else ps.setNull(4, Types.VARCHAR);
      ps.executeUpdate();
    }
    String counter = plan.isPresent() ? "done" : "failed";
    try (PreparedStatement ps = c.prepareStatement("UPDATE advising_jobs SET " + counter + " = " + counter + " + 1 WHERE id = ?")) {
      ps.setString(1, job);
      ps.executeUpdate();
    }
  }

  /** The rows the job could not plan, in file order, at most {@link #MAX_FAILURES_SHOWN}. */
  static List<CohortJob.RowFailure> failures(Connection c, String job, String cohort) throws SQLException {
    String sql = "SELECT r.line, m.reference, m.learner_id, r.failure FROM advising_job_rows r JOIN cohort_members m "
        + "ON m.cohort_id = ? AND m.line = r.line WHERE r.job_id = ? AND r.failure IS NOT NULL ORDER BY r.line";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, cohort);
      ps.setString(2, job);
      ps.setMaxRows(MAX_FAILURES_SHOWN);
      try (ResultSet rs = ps.executeQuery()) {
        List<CohortJob.RowFailure> out = new ArrayList<>();
        while (rs.next()) out.add(new CohortJob.RowFailure(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        return out;
      }
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("id"), rs.getString("tenant_id"), rs.getString("cohort_id"), LocalDate.parse(rs.getString("start_date")),
        JobState.fromWire(rs.getString("state")).orElseThrow(() -> new StoreException("unknown job state in store", null)),
        rs.getInt("total"), rs.getInt("done"), rs.getInt("failed"), Optional.ofNullable(rs.getString("failure")),
        Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("created_by"), instant(rs, "started_at"),
        instant(rs, "run_started_at"), rs.getInt("run_started_count"), instant(rs, "finished_at"));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  private static String clip(String s) {
    return s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
  }

}
