package io.credpath.advising;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pooled JDBC connection to the advising database, migrated to the latest schema when opened. Every write goes
 * through {@link #write}, which returns only once the commit is durable, on H2 and PostgreSQL alike.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private final HikariDataSource dataSource;
  private final Durability durability;

  /** Work done on one connection inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs the statements of the transaction on {@code c}. */
    T run(Connection c) throws SQLException;
  }

  private Database(HikariDataSource dataSource, Durability durability) {
    this.dataSource = dataSource;
    this.durability = durability;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    try (Connection c = dataSource.getConnection()) {
      durability.weakness(c).ifPresent(w -> LOG.warn("{}", w));
    } catch (SQLException e) {
      throw new StoreException("could not check the database's durability settings", e);
    }
  }

  /** Connects to {@code url} (H2 or PostgreSQL) and migrates it. */
  public static Database connect(String url, Optional<String> user, Optional<String> password) {
    Durability durability = Durability.of(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    durability.connectionInitSql().ifPresent(config::setConnectionInitSql);
    config.setMaximumPoolSize(8);
    config.setPoolName("credpath-store");
    return new Database(new HikariDataSource(config), durability);
  }

  /** The embedded default: an H2 file {@code credpath} under {@code dataDir}. */
  public static Database embedded(Path dataDir) {
    return connect("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("credpath"), Optional.empty(), Optional.empty());
  }

  /**
   * PostgreSQL (or any JDBC URL) when {@code CREDPATH_DB_URL} is set, with {@code CREDPATH_DB_USER} and
   * {@code CREDPATH_DB_PASSWORD}; otherwise the embedded H2 file under {@code dataDir}.
   */
  public static Database fromEnvironment(Path dataDir, Map<String, String> env) {
    Optional<String> url = Optional.ofNullable(env.get("CREDPATH_DB_URL")).filter(s -> !s.isBlank());
    if (url.isEmpty()) return embedded(dataDir);
    return connect(url.get(), Optional.ofNullable(env.get("CREDPATH_DB_USER")), Optional.ofNullable(env.get("CREDPATH_DB_PASSWORD")));
  }

  /** The pooled data source, for reads. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs {@code work} in one transaction and returns its result once the commit is durable; on failure the
   * transaction is rolled back and a {@link StoreException} saying {@code what} failed is thrown.
   */
  public <T> T write(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      T result;
      try {
        result = work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      durability.afterCommit(c);
      return result;
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
    }
  }

  /** Runs {@code work} on a pooled connection outside a transaction; a failure is a {@link StoreException} saying {@code what}. */
  public <T> T read(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
    }
  }

  /** A new record id: {@code prefix} and twelve hex digits from {@code random}. */
  static String newId(java.util.Random random, String prefix) {
    byte[] b = new byte[6];
    synchronized (random) {
      random.nextBytes(b);
    }
    return prefix + java.util.HexFormat.of().formatHex(b);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
