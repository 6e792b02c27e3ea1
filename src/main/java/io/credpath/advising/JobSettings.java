package io.credpath.advising;

import java.time.Duration;
import java.util.Objects;

/**
 * How this replica runs background jobs: its name in the scheduler's table, how often it looks for due jobs, how often
 * it marks its running jobs alive (a job whose replica missed six marks is taken to be dead and resumed elsewhere or after
 * a restart), how many jobs it runs at once, and how long a stop waits for a running job to reach its next row.
 */
public record JobSettings(String schedulerName, Duration pollingInterval, Duration heartbeat, int threads, Duration shutdownWait) {
  public JobSettings {
    Objects.requireNonNull(schedulerName, "schedulerName");
    if (pollingInterval.isNegative() || pollingInterval.isZero()) throw new IllegalArgumentException("pollingInterval must be positive: " + pollingInterval);
    if (heartbeat.isNegative() || heartbeat.isZero()) throw new IllegalArgumentException("heartbeat must be positive: " + heartbeat);
    if (threads < 1) throw new IllegalArgumentException("threads must be positive: " + threads);
  }

  /** Named after the host and process; polls every 5 s, heartbeat every {@code heartbeat}, two jobs at once, 10 s to stop. */
  public static JobSettings of(Duration heartbeat) {
    return new JobSettings(ProcessHandle.current().pid() + "@" + host(), Duration.ofSeconds(5), heartbeat, 2, Duration.ofSeconds(10));
  }

  private static String host() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }
}
