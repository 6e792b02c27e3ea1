package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each database is used so that a commit is on disk when {@link Database#write} returns; here H2 is stopped with
 * {@code SHUTDOWN IMMEDIATELY} (close the file without writing anything), and DurableWritesTest kills real servers.
 */
class DurabilityTest {
  @TempDir Path dir;

  @Test
  void anH2WriteIsOnDiskWhenItReturns() throws SQLException {
    try (Database db = Database.embedded(dir)) {
      db.write("store a tenant", c -> c.createStatement().executeUpdate(
          "INSERT INTO tenants (id, rate_per_minute, updated_at) VALUES ('durable', 1, 0)"));
      Connection c = db.dataSource().getConnection();
      // Without the checkpoint, H2 would still hold this commit in memory for up to half a second.
      c.createStatement().executeUpdate("INSERT INTO tenants (id, rate_per_minute, updated_at) VALUES ('delayed', 1, 0)");
      c.createStatement().execute("SHUTDOWN IMMEDIATELY");
      assertThatThrownBy(c::close).hasMessageContaining("already closed");
    }
    try (Database db = Database.embedded(dir); Connection c = db.dataSource().getConnection();
         ResultSet rs = c.createStatement().executeQuery("SELECT id FROM tenants ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("durable");
      assertThat(rs.next()).as("the commit outside Database.write was lost, as H2 loses it on kill -9").isFalse();
    }
  }

  @Test
  void choosesByKindOfDatabase() {
    assertThat(Durability.of("jdbc:h2:file:/x/credpath")).isEqualTo(Durability.H2_FILE);
    assertThat(Durability.of("jdbc:h2:./data/credpath")).isEqualTo(Durability.H2_FILE);
    assertThat(Durability.of("jdbc:h2:mem:test")).isEqualTo(Durability.AS_CONFIGURED);
    assertThat(Durability.of("jdbc:postgresql://db/credpath")).isEqualTo(Durability.POSTGRESQL);
    assertThat(Durability.POSTGRESQL.connectionInitSql()).hasValueSatisfying(sql -> assertThat(sql).contains("synchronous_commit"));
    assertThat(Durability.H2_FILE.connectionInitSql()).isEmpty();
  }

  @Test
  void aFailedWriteIsRolledBackWhole() throws SQLException {
    try (Database db = Database.embedded(dir)) {
      assertThatThrownBy(() -> db.write("store half a tenant", c -> {
        c.createStatement().executeUpdate("INSERT INTO tenants (id, rate_per_minute, updated_at) VALUES ('half', 1, 0)");
        throw new SQLException("second statement failed");
      })).isInstanceOf(StoreException.class).hasMessage("could not store half a tenant");
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tenants")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }
}
