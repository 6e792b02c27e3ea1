package io.credpath.advising;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A pooled JDBC connection to the advising database, migrated to the latest schema when opened. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  /** Connects to {@code url} (H2 or PostgreSQL) and migrates it. */
  public static Database connect(String url, Optional<String> user, Optional<String> password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    config.setMaximumPoolSize(8);
    config.setPoolName("credpath-store");
    return new Database(new HikariDataSource(config));
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

  /** The pooled data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
