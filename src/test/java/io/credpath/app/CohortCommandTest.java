package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credpath cohort plan FILE.csv} against a real server: upload, rejected rows by line and column, progress, summary. */
class CohortCommandTest {
  private static final String ADMIN_KEY = "cp_admin.cohort-command-test-0123456789";
  @TempDir static Path home;
  private static ServerProcess server;
  private static String advisor;

  @BeforeAll
  static void serve() throws Exception {
    TestHome.write(home);
    server = ServerProcess.start(List.of("--taxonomy", home.resolve("taxonomy").toString(), "--rules", home.resolve("rules").toString(),
        "--admin-key", ADMIN_KEY, "--on-disk-index", "false", "--data-dir", home.resolve("data").toString()), home.resolve("server.log"),
        Duration.ofSeconds(60));
    HttpClient http = HttpClient.newHttpClient();
    String api = "http://localhost:" + server.port() + "/api/v1/admin/";
    http.send(HttpRequest.newBuilder(URI.create(api + "tenants/desk")).header("Authorization", "Bearer " + ADMIN_KEY)
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"ratePerMinute\":100000}")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> key = http.send(HttpRequest.newBuilder(URI.create(api + "keys")).header("Authorization", "Bearer " + ADMIN_KEY)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"advisor\",\"tenant\":\"desk\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(key.body());
    assertThat(m.find()).as(key.body()).isTrue();
    advisor = m.group(1);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String[] run(Path file, String... more) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new java.util.ArrayList<>(List.of("cohort", "plan", file.toString(), "--server", "http://localhost:" + server.port(),
        "--poll-ms", "100"));
    args.addAll(List.of(more));
    int code = Main.run(args.toArray(String[]::new), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void uploadsPlansFollowsTheJobAndSummarises() throws Exception {
    StringBuilder csv = new StringBuilder("reference,name,target,max_cost\n");
    for (int i = 0; i < 30; i++) csv.append("S-").append(i).append(",Learner ").append(i).append(",Data Analyst,500\n");
    csv.append("S-x,Nobody,15-2051.0,500\n");
    Path file = Files.writeString(home.resolve("intake.csv"), csv);
    String[] r = run(file, "--key", advisor, "--start-date", "2025-09-01");
    assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
    assertThat(r[1]).contains("31 rows, 30 kept, 1 rejected", "line 32, column 3 (target): unknown occupation '15-2051.0'")
        .containsPattern("done: 30/30 planned, 0 failed")
        .containsPattern("job j[0-9a-f]+ done in [0-9.]+ s: 30 planned, 0 could not be planned, of 30");
  }

  @Test
  void aRefusedFileOrAMissingKeySaysWhy() throws Exception {
    Path bad = Files.writeString(home.resolve("bad.csv"), "reference,name,target\nS-1,\"Dana,15-2051.01\n");
    String[] refused = run(bad, "--key", advisor);
    assertThat(refused[0]).isEqualTo("1");
    assertThat(refused[1]).contains("upload refused", "line 2, column 2: a quoted field is never closed");
    String[] noKey = run(bad);
    assertThat(noKey[0]).isEqualTo("2");
    assertThat(noKey[2]).contains("an advisor key is needed");
    String[] noFile = run(home.resolve("missing.csv"), "--key", advisor);
    assertThat(noFile[2]).contains("no such file");
  }
}
