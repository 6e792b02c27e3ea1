package io.credpath.advising;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key store contract on a real PostgreSQL server (embedded), one fresh database per test. */
class PostgresKeyStoreTest extends KeyStoreContract {
  private static PostgresDatabases postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = new PostgresDatabases();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  Database freshDatabase() {
    return postgres.fresh("keys");
  }

  @Test
  void commitsSynchronouslyEvenOnAServerThatDoesNot() throws SQLException {
    assertThat(synchronousCommit(postgres.server().getPostgresDatabase().getConnection())).as("the embedded server's own setting").isEqualTo("off");
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
