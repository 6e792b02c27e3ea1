package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The two-replica cluster of {@code docker/local-cluster.sh}, from the shipped jar and Debian's PostgreSQL and nginx:
 * traffic through nginx keeps succeeding while one replica is killed with SIGKILL; keys, tenants and an advisor's
 * learner made through one replica work through the other; a reload on one reaches the other; and nothing is left
 * running afterwards, whatever happened. Run by {@code ./mvnw verify} after {@code package}; it fails, saying what to
 * install, when nginx or PostgreSQL's server is missing.
 */
class LocalClusterIT {
  private static final Path SCRIPT = Path.of("docker", "local-cluster.sh");
  private static final Path JAR = Path.of("target", "credpath.jar");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String adminKey = "cp_clusterit." + Long.toHexString(System.nanoTime()) + "-secret";
  private final Map<String, String> env = new HashMap<>();
  private int proxy;
  private int[] replicas;

  @Test
  void twoReplicasOverOnePostgresBehindNginx() throws Exception {
    requireBinaries();
    Path home = Files.createTempDirectory("credpath-cluster-it");
    TestHome.write(home);
    Files.writeString(home.resolve("rules/base.drl"), rules("v1"), StandardCharsets.UTF_8);
    int[] ports = freePorts(4);
    proxy = ports[0];
    replicas = new int[] {ports[1], ports[2]};
    env.put("CLUSTER_DIR", home.resolve("cluster").toString());
    env.put("CLUSTER_PROXY_PORT", Integer.toString(proxy));
    env.put("CLUSTER_REPLICA_PORTS", replicas[0] + " " + replicas[1]);
    env.put("CLUSTER_PG_PORT", Integer.toString(ports[3]));
    env.put("CLUSTER_RATE_PER_MINUTE", "1000000");
    env.put("CLUSTER_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    env.put("CREDPATH_JAR", JAR.toAbsolutePath().toString());
    env.put("CREDPATH_ADMIN_KEY", adminKey);
    env.put("CREDPATH_TAXONOMY", home.resolve("taxonomy").toString());
    env.put("CREDPATH_RULES", home.resolve("rules").toString());
    env.put("CREDPATH_KEY_RATE_PER_MINUTE", "1000000");
    env.put("CREDPATH_RELOAD_POLL_SECONDS", "1");
    List<Long> pids = new ArrayList<>();
    Path dir = home.resolve("cluster");
    Throwable failure = null;
    try {
      Script start = script("start", Duration.ofSeconds(150));
      pids.addAll(pids(dir));
      assertThat(start.exit()).as("local-cluster.sh start:\n%s", start.output()).isZero();
      assertThat(script("status", Duration.ofSeconds(20)).output())
          .contains("replica 1: running", "replica 2: running", "nginx: running", "postgresql: running");

      sharedThroughPostgres();
      reloadReachesTheOtherReplica(home.resolve("rules"));
      trafficSurvivesAKilledReplica(dir);
    } catch (Throwable t) {
      failure = t;
    }
    try {
      tearDown(dir, pids);
      deleteTree(home);
    } catch (Throwable t) {
      if (failure == null) failure = t;
      else failure.addSuppressed(t);
    }
    if (failure instanceof Exception e) throw e;
    if (failure instanceof Error e) throw e;
  }

  /** Destroys the cluster, then kills whatever it left running; fails when destroy failed or left anything. */
  private void tearDown(Path dir, List<Long> pids) throws Exception {
    pids.addAll(pids(dir));
    keepLogs(dir);
    Script destroy = script("destroy", Duration.ofSeconds(90));
    List<Long> left = pids.stream().distinct().filter(LocalClusterIT::running).toList();
    left.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
    assertThat(destroy.exit()).as("local-cluster.sh destroy:\n%s", destroy.output()).isZero();
    assertThat(left).as("processes left running after destroy (now killed)").isEmpty();
    assertThat(dir).doesNotExist();
  }

  /** A tenant and an advisor key made through replica 1 work through replica 2, and a learner made there is seen through both. */
  private void sharedThroughPostgres() throws Exception {
    assertThat(send(replicas[0], "PUT", "/api/v1/admin/tenants/northside", adminKey, "{\"ratePerMinute\":100000}").statusCode()).isEqualTo(200);
    HttpResponse<String> key = send(replicas[0], "POST", "/api/v1/admin/keys", adminKey,
        "{\"role\":\"advisor\",\"tenant\":\"northside\",\"label\":\"cluster test\"}");
    assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
    String advisor = JSON.readTree(key.body()).path("secret").asText();
    HttpResponse<String> tenants = send(replicas[1], "GET", "/api/v1/admin/tenants", adminKey, null);
    assertThat(tenants.body()).contains("\"northside\"");
    HttpResponse<String> learner = send(replicas[1], "POST", "/api/v1/advising/learners", advisor, """
        {"externalRef":"S-1","name":"Dana Whitfield","heldSkills":[{"skill":"skill:sql","level":1}],"budget":{"maxCost":500}}""");
    assertThat(learner.statusCode()).as(learner.body()).isEqualTo(201);
    String id = JSON.readTree(learner.body()).path("id").asText();
    for (int port : new int[] {replicas[0], replicas[1], proxy}) {
      HttpResponse<String> read = send(port, "GET", "/api/v1/advising/learners/" + id, advisor, null);
      assertThat(read.statusCode()).as("the learner through port %d: %s", port, read.body()).isEqualTo(200);
      assertThat(JSON.readTree(read.body()).path("name").asText()).isEqualTo("Dana Whitfield");
    }
    assertThat(send(replicas[0], "DELETE", "/api/v1/admin/keys/" + JSON.readTree(key.body()).path("key").path("id").asText(),
        adminKey, null).statusCode()).isEqualTo(204);
    assertThat(send(replicas[1], "GET", "/api/v1/advising/learners/" + id, advisor, null).statusCode())
        .as("a key revoked through replica 1 is refused by replica 2").isEqualTo(401);
  }

  /** New rules on disk, reloaded through replica 1: replica 2 serves them within a few of its one-second polls. */
  private void reloadReachesTheOtherReplica(Path rules) throws Exception {
    String before = rulesVersion(replicas[1]);
    Files.writeString(rules.resolve("base.drl"), rules("v2"), StandardCharsets.UTF_8);
    HttpResponse<String> reload = send(replicas[0], "POST", "/api/v1/admin/reload", adminKey, null);
    assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
    String after = JSON.readTree(reload.body()).path("serving").path("rulesVersion").asText();
    assertThat(after).isNotEqualTo(before);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!rulesVersion(replicas[1]).equals(after) && System.nanoTime() < deadline) Thread.sleep(200);
    assertThat(rulesVersion(replicas[1])).as("replica 2's rules after replica 1's reload").isEqualTo(after);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** A rule base of one rule that never fires: /ready wants at least one rule loaded, and the test taxonomy no more. */
  private static String rules(String version) {
    return "package credpath\n\n// " + version + "\nrule \"ClusterTestRule\"\nwhen\n  eval(false)\nthen\nend\n";
  }

  /** Copies the replicas' and nginx's logs to target/cluster-it/ (destroy deletes the state directory). */
  private static void keepLogs(Path dir) {
    Path to = Path.of("target", "cluster-it");
    for (String log : List.of("replica-1/log", "replica-2/log", "nginx/error.log", "nginx/access.log")) {
      try {
        Files.createDirectories(to);
        if (Files.exists(dir.resolve(log))) {
          Files.copy(dir.resolve(log), to.resolve(log.replace('/', '-')), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        // the logs help after a failure; their absence must not hide it
      }
    }
  }

  private String rulesVersion(int port) throws Exception {
    HttpResponse<String> status = send(port, "GET", "/api/v1/admin/rules", adminKey, null);
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    return JSON.readTree(status.body()).path("serving").path("rulesVersion").asText();
  }

  /**
   * Four clients send reads, health checks and plans through nginx; replica 1 is killed with SIGKILL a second in; every
   * request is answered 200, before and after, and requests keep being answered once it is gone.
   */
  private void trafficSurvivesAKilledReplica(Path dir) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    AtomicInteger afterKill = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    Map<String, String> failures = new ConcurrentHashMap<>();
    String[][] requests = {
        {"GET", "/health", null},
        {"GET", "/api/v1/credentials?q=sql", null},
        {"POST", "/api/v1/pathways", "{\"target\":\"15-2051.01\",\"profile\":{\"heldSkills\":[{\"skill\":\"skill:sql\",\"level\":1}]},"
            + "\"budget\":{\"maxCost\":600,\"maxWeeks\":26,\"hoursPerWeek\":8}}"},
        {"POST", "/api/v1/gap", "{\"target\":\"15-2051.01\"}"}};
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        for (int i = client; running.get(); i++) {
          String[] r = requests[i % requests.length];
          long sent = System.nanoTime();
          try {
            HttpResponse<String> res = send(proxy, r[0], r[1], adminKey, r[2]);
            if (res.statusCode() != 200) failures.put(r[0] + " " + r[1] + " #" + i, res.statusCode() + " " + res.body());
            else {
              answered.incrementAndGet();
              if (sent > killedAt.get()) afterKill.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            failures.put(r[0] + " " + r[1] + " #" + i, e.toString());
          }
        }
      }, "cluster-client-" + c);
      t.start();
      clients.add(t);
    }
    Thread.sleep(1500);
    long pid = Long.parseLong(Files.readString(dir.resolve("replica-1/pid")).trim());
    killedAt.set(System.nanoTime());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly)).as("replica 1 (pid %d) to kill", pid).contains(true);
    Thread.sleep(4000);
    running.set(false);
    for (Thread t : clients) t.join(30_000);
    assertThat(failures).as("requests through nginx that failed (of %d answered)", answered.get()).isEmpty();
    assertThat(afterKill.get()).as("requests answered after replica 1 was killed").isGreaterThan(20);
    assertThat(script("status", Duration.ofSeconds(20)).output()).contains("replica 1: stopped", "replica 2: running");
    Thread.sleep(1200); // nginx's access log is flushed every second
    String log = Files.readString(dir.resolve("nginx/access.log"));
    assertThat(log).as("nginx's access log names both replicas").contains("upstream=127.0.0.1:" + replicas[0], "upstream=127.0.0.1:" + replicas[1]);
  }

  private HttpResponse<String> send(int port, String method, String path, String key, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + key);
    if (body != null) b.header("Content-Type", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** What running the script printed, and how it exited. */
  private record Script(int exit, String output) {}

  private Script script(String command, Duration patience) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out;
    if (!p.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor();
      out = p.getInputStream().readAllBytes();
      return new Script(-1, "(did not finish within " + patience + ")\n" + new String(out, StandardCharsets.UTF_8));
    }
    out = p.getInputStream().readAllBytes();
    return new Script(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** The cluster's processes as its pid files name them: replicas, nginx, and PostgreSQL's postmaster. */
  private static List<Long> pids(Path dir) {
    List<Long> pids = new ArrayList<>();
    for (String file : List.of("replica-1/pid", "replica-2/pid", "nginx/nginx.pid", "run/pg/postmaster.pid")) {
      try {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        if (!lines.isEmpty() && lines.get(0).strip().matches("\\d+")) pids.add(Long.parseLong(lines.get(0).strip()));
      } catch (IOException e) {
        // not started, or already stopped and removed
      }
    }
    return pids;
  }

  /** Whether {@code pid} is a live process (a zombie waiting for its parent to reap it is not). */
  private static boolean running(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return false;
    }
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) sockets.add(new ServerSocket(0));
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket s : sockets) s.close();
    }
  }

  /** Fails, saying what to install, when a binary the cluster needs is missing; never skips. */
  private static void requireBinaries() {
    List<String> missing = new ArrayList<>();
    if (!onPath("nginx") && !Files.isExecutable(Path.of("/usr/sbin/nginx"))) missing.add("nginx");
    if (!onPath("initdb") && !postgresInLib()) missing.add("PostgreSQL's server (initdb, pg_ctl, postgres)");
    if (!missing.isEmpty()) {
      fail("LocalClusterIT needs " + String.join(" and ", missing) + ": install them with `apt-get install -y postgresql nginx`"
          + " (.ci/run does when they are missing)");
    }
    if (!Files.isRegularFile(JAR)) fail(JAR + " is missing: run this test through `./mvnw verify`, which packages the jar first");
  }

  private static boolean onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return true;
    return false;
  }

  private static boolean postgresInLib() {
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb")));
    } catch (IOException e) {
      return false;
    }
  }
}
