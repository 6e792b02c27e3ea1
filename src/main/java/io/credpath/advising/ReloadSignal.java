package io.credpath.advising;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;

/**
 * The row through which replicas sharing one database tell each other that the taxonomy and rules were reloaded: a
 * replica that reloads on request {@link #announce}s it, raising the generation; every replica {@link #read}s the row
 * now and then and reloads from its own disk when the generation has moved past the last one it saw.
 */
public final class ReloadSignal {
  private final Database database;
  private final Clock clock;

  /** The signal in {@code database} (migrated to V5 or later). */
  public ReloadSignal(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The last reload announced: its generation (0 before any), what the announcing replica then served, when and who. */
  public record Announcement(long generation, String taxonomyFingerprint, String rulesVersion, long atMillis, String by) {
    public Announcement {
      if (generation < 0) throw new IllegalArgumentException("generation must not be negative: " + generation);
      Objects.requireNonNull(taxonomyFingerprint, "taxonomyFingerprint");
      Objects.requireNonNull(rulesVersion, "rulesVersion");
      Objects.requireNonNull(by, "by");
    }
  }

  /** The latest announcement. */
  public Announcement read() {
    return database.read("read the reload signal", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT generation, taxonomy_fingerprint, rules_version, reloaded_at, reloaded_by FROM reload_signal WHERE id = 1");
           ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new SQLException("the reload_signal row is missing (schema V5 inserts it)");
        return new Announcement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5));
      }
    });
  }

  /**
   * Records that replica {@code by} has reloaded and now serves {@code taxonomyFingerprint} and {@code rulesVersion};
   * returns the announcement with its new generation once it is durable. Two replicas announcing at once each get a
   * generation of their own (the row update serialises them).
   */
  public Announcement announce(String taxonomyFingerprint, String rulesVersion, String by) {
    long now = clock.millis();
    String who = by.length() > 200 ? by.substring(0, 200) : by;
    return database.write("announce a reload", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE reload_signal SET generation = generation + 1, "
          + "taxonomy_fingerprint = ?, rules_version = ?, reloaded_at = ?, reloaded_by = ? WHERE id = 1")) {
        ps.setString(1, taxonomyFingerprint);
        ps.setString(2, rulesVersion);
        ps.setLong(3, now);
        ps.setString(4, who);
        if (ps.executeUpdate() != 1) throw new SQLException("the reload_signal row is missing (schema V5 inserts it)");
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM reload_signal WHERE id = 1");
           ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Announcement(rs.getLong(1), taxonomyFingerprint, rulesVersion, now, who);
      }
    });
  }
}
