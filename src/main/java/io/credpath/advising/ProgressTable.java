package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of progress on saved plans' steps: one row per plan and credential, replaced by each new mark. */
final class ProgressTable {
  private ProgressTable() {}

  /** Stores {@code mark} as the step's latest status. */
  static void put(Connection c, String plan, StepMark mark, Instant at, String keyId) throws SQLException {
    String update = "UPDATE plan_progress SET status = ?, on_date = ?, evidence_url = ?, updated_at = ?, updated_by = ? "
        + "WHERE plan_id = ? AND credential = ?";
    try (PreparedStatement ps = c.prepareStatement(update)) {
      ps.setString(1, mark.status().wireName());
      ps.setString(2, mark.date().toString());
      ps.setString(3, mark.evidenceUrl().orElse(null));
      ps.setLong(4, at.toEpochMilli());
      ps.setString(5, keyId);
      ps.setString(6, plan);
      ps.setString(7, mark.credential());
      if (ps.executeUpdate() == 1) return;
    }
    String insert = "INSERT INTO plan_progress (plan_id, credential, status, on_date, evidence_url, updated_at, updated_by) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      ps.setString(1, plan);
      ps.setString(2, mark.credential());
      ps.setString(3, mark.status().wireName());
      ps.setString(4, mark.date().toString());
      ps.setString(5, mark.evidenceUrl().orElse(null));
      ps.setLong(6, at.toEpochMilli());
      ps.setString(7, keyId);
      ps.executeUpdate();
    }
  }

  /** The latest status of each step of {@code plan} that has one. */
  static List<StepProgress> of(Connection c, String plan) throws SQLException {
    String sql = "SELECT credential, status, on_date, evidence_url, updated_at, updated_by FROM plan_progress WHERE plan_id = ? "
        + "ORDER BY credential";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, plan);
      try (ResultSet rs = ps.executeQuery()) {
        List<StepProgress> out = new ArrayList<>();
        while (rs.next()) {
          StepStatus status = StepStatus.fromWire(rs.getString(2))
              .orElseThrow(() -> new StoreException("unknown step status in store", null));
          out.add(new StepProgress(rs.getString(1), status, LocalDate.parse(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
              Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6)));
        }
        return out;
      }
    }
  }
}
