package io.credpath.advising;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL server for a store contract's test class, and a fresh, migrated database on it per test. */
final class PostgresDatabases implements AutoCloseable {
  private final AtomicInteger counter = new AtomicInteger();
  private final EmbeddedPostgres server;

  PostgresDatabases() throws IOException {
    this.server = EmbeddedPostgres.start();
  }

  /** The server itself, for checks of its own settings. */
  EmbeddedPostgres server() {
    return server;
  }

  /** A new database named {@code prefix} and a number, connected and migrated. */
  Database fresh(String prefix) {
    return Database.connect(empty(prefix), Optional.of("postgres"), Optional.empty());
  }

  /** The JDBC URL (user postgres, no password) of a new, empty database named {@code prefix} and a number. */
  String empty(String prefix) {
    String name = prefix + counter.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
