package io.credpath.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code credpath serve}: runs the HTTP service until the process is stopped, then shuts down gracefully. */
final class ServeCommand {
  /** The flags {@code serve} accepts, each a setting of {@link AppConfig} (README, "Configuration"). */
  static final Set<String> FLAGS = Set.of("host", "port", "taxonomy", "rules", "data-dir", "db-url", "db-user", "db-password",
      "admin-key", "anonymous-read", "anonymous-planning", "key-rate-limit", "address-rate-limit", "max-body-bytes",
      "on-disk-index", "max-threads", "max-connections", "max-connections-per-address", "request-idle-timeout-ms",
      "min-request-data-rate", "job-heartbeat-seconds", "reload-poll-seconds");
  private final AppConfig config;
  private final PrintStream out;

  ServeCommand(List<String> argv, Map<String, String> env, PrintStream out) {
    this.config = AppConfig.from(new Args(argv, FLAGS, Set.of()).flags(), env);
    this.out = out;
  }

  /** The configuration the service would run with. */
  AppConfig config() {
    return config;
  }

  int run() {
    Application app = Application.serve(config, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("credpath: shutting down");
      app.close();
      stopped.countDown();
    }, "credpath-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
