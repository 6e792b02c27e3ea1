package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the append-only audit trail: rows are only ever inserted, in the transaction of the write they record. */
final class AuditTable {
  private AuditTable() {}

  static void append(Connection c, Actor actor, Instant at, String action, String recordId) throws SQLException {
    String sql = "INSERT INTO advising_audit (tenant_id, key_id, at, action, record_id) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, actor.tenant());
      ps.setString(2, actor.keyId());
      ps.setLong(3, at.toEpochMilli());
      ps.setString(4, action);
      ps.setString(5, recordId);
      ps.executeUpdate();
    }
  }

  /** Up to {@code limit} of the tenant's entries before {@code before} (a sequence number), newest first. */
  static List<AuditEntry> read(Connection c, String tenant, long before, int limit) throws SQLException {
    String sql = "SELECT seq, key_id, at, action, record_id FROM advising_audit WHERE tenant_id = ? AND seq < ? "
        + "ORDER BY seq DESC LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant);
      ps.setLong(2, before);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<AuditEntry> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new AuditEntry(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), rs.getString(5)));
        }
        return out;
      }
    }
  }
}
