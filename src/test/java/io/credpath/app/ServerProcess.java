package io.credpath.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code credpath serve} in a child JVM started from the built classes, as an operator runs it; {@link #kill()}
 * ends it with SIGKILL, so nothing in the process (shutdown hooks, H2's close, Jetty's graceful stop) gets to run.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("credpath: listening on http://localhost:(\\d+)");
  private final Process process;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts {@code credpath serve} with {@code args} (plus {@code --port 0}), logging to a new {@code log}, and waits until it listens. */
  static ServerProcess start(List<String> args, Path log, Duration patience) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--port", "0"));
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .start();
      long deadline = System.nanoTime() + patience.toNanos();
      while (System.nanoTime() < deadline) {
        Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (m.find() && p.isAlive()) return new ServerProcess(p, log, Integer.parseInt(m.group(1)));
        if (!p.isAlive()) throw new IllegalStateException("credpath serve exited with " + p.exitValue() + ":\n" + tail(log));
        Thread.sleep(50);
      }
      p.destroyForcibly();
      throw new IllegalStateException("credpath serve did not listen within " + patience + ":\n" + tail(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  /** SIGKILL ({@code kill -9}), then waits for the process to be gone. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The end of the server's log, for failure messages. */
  String logTail() {
    return tail(log);
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() {
    kill();
  }
}
