package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of cohorts: a row per upload and a row per member (an accepted line and the learner it made). */
final class CohortTable {
  private CohortTable() {}

  static void insert(Connection c, String id, String tenant, String name, int rows, int rejected, Instant at, String keyId)
      throws SQLException {
    String sql = "INSERT INTO cohorts (id, tenant_id, name, rows_read, rejected, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.setString(2, tenant);
      ps.setString(3, name);
      ps.setInt(4, rows);
      ps.setInt(5, rejected);
      ps.setLong(6, at.toEpochMilli());
      ps.setString(7, keyId);
      ps.executeUpdate();
    }
  }

  static void insertMembers(Connection c, String cohort, List<Cohort.Member> members) throws SQLException {
    String sql = "INSERT INTO cohort_members (cohort_id, line, learner_id, reference, target) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Cohort.Member m : members) {
        ps.setString(1, cohort);
        ps.setInt(2, m.line());
        ps.setString(3, m.learner());
        ps.setString(4, m.reference());
        ps.setString(5, m.target());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The tenant's cohort {@code id} with its members in file order. */
  static Optional<Cohort> find(Connection c, String tenant, String id) throws SQLException {
    String sql = "SELECT name, rows_read, rejected, created_at, created_by FROM cohorts WHERE id = ? AND tenant_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.setString(2, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new Cohort(id, rs.getString(1), rs.getInt(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4)),
            rs.getString(5), members(c, id, "")));
      }
    }
  }

  /**
   * The cohort's members in file order; {@code unlessDoneBy} a job id leaves out the members that job has an outcome for
   * (empty: all members).
   */
  static List<Cohort.Member> members(Connection c, String cohort, String unlessDoneBy) throws SQLException {
    String sql = "SELECT m.line, m.reference, m.learner_id, m.target FROM cohort_members m WHERE m.cohort_id = ?"
        + (unlessDoneBy.isEmpty() ? "" : " AND NOT EXISTS (SELECT 1 FROM advising_job_rows r WHERE r.job_id = ? AND r.line = m.line)")
        + " ORDER BY m.line";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, cohort);
      if (!unlessDoneBy.isEmpty()) ps.setString(2, unlessDoneBy);
      try (ResultSet rs = ps.executeQuery()) {
        List<Cohort.Member> out = new ArrayList<>();
        while (rs.next()) out.add(new Cohort.Member(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        return out;
      }
    }
  }
}
