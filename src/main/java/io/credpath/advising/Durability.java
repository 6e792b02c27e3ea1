package io.credpath.advising;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a commit durable on each kind of database, so that a write is acknowledged only once it is on disk.
 * H2 keeps commits in memory for up to {@code WRITE_DELAY} ms (500 by default) and never forces its file on commit,
 * so every write ends with {@code CHECKPOINT SYNC}, which writes what is pending and forces the file to the device.
 * ({@code WRITE_DELAY=0} would write each commit without forcing it, and stops the background writer whose
 * housekeeping keeps the file compact.) PostgreSQL is durable on commit unless the server runs with
 * {@code synchronous_commit=off}, which each pooled connection turns back on for itself.
 */
enum Durability {
  /** An H2 database backed by a file (embedded or server). */
  H2_FILE,
  /** PostgreSQL. */
  POSTGRESQL,
  /** Nothing to make durable (H2 in memory) or nothing known about it (another driver). */
  AS_CONFIGURED;

  /** Raises a session's {@code synchronous_commit} to {@code on} only when the server turned it off. */
  private static final String SYNCHRONOUS_COMMIT =
      "SELECT set_config('synchronous_commit', 'on', false) WHERE current_setting('synchronous_commit') = 'off'";

  /** How to make commits on {@code jdbcUrl} durable. */
  static Durability of(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:mem:")) return AS_CONFIGURED;
    if (url.startsWith("jdbc:h2:")) return H2_FILE;
    if (url.startsWith("jdbc:postgresql:")) return POSTGRESQL;
    return AS_CONFIGURED;
  }

  /** SQL each pooled connection runs once when opened. */
  Optional<String> connectionInitSql() {
    return this == POSTGRESQL ? Optional.of(SYNCHRONOUS_COMMIT) : Optional.empty();
  }

  /** Called after a commit on {@code c}: returns once that commit is on the storage device. */
  void afterCommit(Connection c) throws SQLException {
    if (this != H2_FILE) return;
    try (Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    }
  }

  /** Why commits on {@code c}'s database may not survive a crash of the database server, if they may not. */
  Optional<String> weakness(Connection c) throws SQLException {
    if (this != POSTGRESQL) return Optional.empty();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW fsync")) {
      if (rs.next() && rs.getString(1).equals("off")) {
        return Optional.of("the PostgreSQL server runs with fsync=off: commits are not forced to disk, so a crash of the "
            + "database server or its machine can lose acknowledged writes");
      }
      return Optional.empty();
    }
  }
}
