package io.credpath.advising;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key store contract on a real PostgreSQL server (embedded), one fresh database per test. */
class PostgresKeyStoreTest extends KeyStoreContract {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  Database freshDatabase() {
    String name = "keys" + COUNTER.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return Database.connect(postgres.getJdbcUrl("postgres", name), Optional.of("postgres"), Optional.empty());
  }

  @Test
  void commitsSynchronouslyEvenOnAServerThatDoesNot() throws SQLException {
    assertThat(synchronousCommit(postgres.getPostgresDatabase().getConnection())).as("the embedded server's own setting").isEqualTo("off");
    try (Database db = freshDatabase()) {
      assertThat(synchronousCommit(db.dataSource().getConnection())).isEqualTo("on");
    }
  }

  private static String synchronousCommit(Connection connection) throws SQLException {
    try (Connection c = connection; Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
