package io.credpath.app;

import io.credpath.api.ServerLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * All configuration in one record, read from flags first, then environment variables, then defaults.
 * Each part of the system receives only the piece it needs.
 */
public record AppConfig(
    Optional<String> host,
    int port,
    Path taxonomyDir,
    Path rulesDir,
    Path dataDir,
    Optional<String> dbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    Optional<String> adminKey,
    boolean anonymousRead,
    boolean anonymousPlanning,
    int maxBodyBytes,
    int keyRatePerMinute,
    int addressRatePerMinute,
    boolean onDiskIndex,
    ServerLimits serverLimits,
    Duration jobHeartbeat,
    Duration reloadPoll) {

  public AppConfig {
    Objects.requireNonNull(host, "host");
    if (host.isPresent() && !host.get().matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) throw new ConfigException("host must be an address or host name: " + host.get());
    if (port < 0 || port > 65535) throw new ConfigException("port must be 0..65535: " + port);
    Objects.requireNonNull(taxonomyDir, "taxonomyDir");
    Objects.requireNonNull(rulesDir, "rulesDir");
    Objects.requireNonNull(dataDir, "dataDir");
    if (maxBodyBytes < 1024) throw new ConfigException("maxBodyBytes must be at least 1024: " + maxBodyBytes);
    if (keyRatePerMinute < 1) throw new ConfigException("key rate limit must be at least 1 per minute: " + keyRatePerMinute);
    if (addressRatePerMinute < 1) throw new ConfigException("address rate limit must be at least 1 per minute: " + addressRatePerMinute);
    Objects.requireNonNull(serverLimits, "serverLimits");
    if (jobHeartbeat.isNegative() || jobHeartbeat.isZero()) throw new ConfigException("job heartbeat must be positive: " + jobHeartbeat);
    if (reloadPoll.isNegative() || reloadPoll.isZero()) throw new ConfigException("reload poll interval must be positive: " + reloadPoll);
  }

  /** Reads the configuration: {@code flags} (from the command line) win over {@code env}, which wins over defaults. */
  public static AppConfig from(Map<String, String> flags, Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("CREDPATH_HOME", "."));
    Settings s = new Settings(flags, env);
    ServerLimits limits = ServerLimits.defaults();
    return new AppConfig(
        s.optional("host", "CREDPATH_HOST"),
        s.integer("port", "CREDPATH_PORT", 8080),
        s.path("taxonomy", "CREDPATH_TAXONOMY", home.resolve("taxonomy")),
        s.path("rules", "CREDPATH_RULES", home.resolve("rules")),
        s.path("data-dir", "CREDPATH_DATA_DIR", home.resolve("data")),
        s.optional("db-url", "CREDPATH_DB_URL"),
        s.optional("db-user", "CREDPATH_DB_USER"),
        s.optional("db-password", "CREDPATH_DB_PASSWORD"),
        s.optional("admin-key", "CREDPATH_ADMIN_KEY"),
        s.bool("anonymous-read", "CREDPATH_ANONYMOUS_READ", true),
        s.bool("anonymous-planning", "CREDPATH_ANONYMOUS_PLANNING", false),
        s.integer("max-body-bytes", "CREDPATH_MAX_BODY_BYTES", 64 * 1024),
        s.integer("key-rate-limit", "CREDPATH_KEY_RATE_PER_MINUTE", 120),
        s.integer("address-rate-limit", "CREDPATH_ADDRESS_RATE_PER_MINUTE", 300),
        s.bool("on-disk-index", "CREDPATH_ON_DISK_INDEX", true),
        new ServerLimits(
            s.integer("max-threads", "CREDPATH_MAX_THREADS", limits.maxThreads(), 8),
            s.integer("max-connections", "CREDPATH_MAX_CONNECTIONS", limits.maxConnections(), 1),
            s.integer("max-connections-per-address", "CREDPATH_MAX_CONNECTIONS_PER_ADDRESS", limits.maxConnectionsPerAddress(), 0),
            Duration.ofMillis(s.integer("request-idle-timeout-ms", "CREDPATH_REQUEST_IDLE_TIMEOUT_MS",
                (int) limits.requestIdleTimeout().toMillis(), 100)),
            s.integer("min-request-data-rate", "CREDPATH_MIN_REQUEST_DATA_RATE", limits.minRequestDataRate(), 0)),
        Duration.ofSeconds(s.integer("job-heartbeat-seconds", "CREDPATH_JOB_HEARTBEAT_SECONDS", 10, 1)),
        Duration.ofSeconds(s.integer("reload-poll-seconds", "CREDPATH_RELOAD_POLL_SECONDS", 5, 1)));
  }

  /** Looks a setting up as a flag, then as an environment variable. */
  private record Settings(Map<String, String> flags, Map<String, String> env) {
    Optional<String> optional(String flag, String var) {
      String v = flags.containsKey(flag) ? flags.get(flag) : env.get(var);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    Path path(String flag, String var, Path fallback) {
      return optional(flag, var).map(Path::of).orElse(fallback);
    }

    int integer(String flag, String var, int fallback) {
      Optional<String> v = optional(flag, var);
      if (v.isEmpty()) return fallback;
      try {
        return Integer.parseInt(v.get());
      } catch (NumberFormatException e) {
        throw new ConfigException(name(flag, var) + " must be a whole number, got '" + v.get() + "'");
      }
    }

    int integer(String flag, String var, int fallback, int min) {
      int v = integer(flag, var, fallback);
      if (v < min) throw new ConfigException(name(flag, var) + " must be at least " + min + ", got " + v);
      return v;
    }

    boolean bool(String flag, String var, boolean fallback) {
      Optional<String> v = optional(flag, var);
      if (v.isEmpty()) return fallback;
      switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "1", "on": return true;
        case "false", "no", "0", "off": return false;
        default: throw new ConfigException(name(flag, var) + " must be true or false, got '" + v.get() + "'");
      }
    }

    private String name(String flag, String var) {
      return flags.containsKey(flag) ? "--" + flag : var;
    }
  }
}
