package io.credpath.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.api.ApiJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code credpath cohort plan FILE.csv [--server URL] [--key KEY] [--name NAME] [--start-date YYYY-MM-DD]}: uploads the
 * cohort to a running server with an advisor key, reports the rows it rejected, starts the planning job and follows it
 * (a progress bar on a terminal, a line per tenth done otherwise), then prints what was planned and what could not be.
 * {@code credpath cohort generate [--rows N] [--seed S] [--taxonomy DIR]} writes a made-up cohort file drawn from the
 * shipped occupations ({@link CohortSample}), to try a large cohort.
 */
final class CohortCommand {
  private static final Set<String> FLAGS = Set.of("server", "key", "name", "start-date", "poll-ms", "rows", "seed", "taxonomy");
  private static final int BAR = 30;
  private final Args args;
  private final Map<String, String> env;
  private final PrintStream out;
  private final boolean terminal;
  private final ObjectMapper json = ApiJson.mapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  CohortCommand(List<String> argv, Map<String, String> env, PrintStream out, boolean terminal) {
    this.args = new Args(argv, FLAGS, Set.of());
    this.env = env;
    this.out = out;
    this.terminal = terminal;
  }

  int run() throws InterruptedException {
    List<String> positional = args.positional();
    if (positional.size() == 1 && positional.get(0).equals("generate")) {
      int rows = (int) args.number("rows", 1000);
      if (rows < 1 || rows > 5000) throw new ConfigException("--rows must be between 1 and 5000 (the upload's limit): " + rows);
      AppConfig config = AppConfig.from(args.flags(), env);
      out.print(new CohortSample(CatalogGeneration.loader(config.taxonomyDir()).loadTimed().catalog(), (long) args.number("seed", 42)).csv(rows));
      return 0;
    }
    if (positional.size() != 2 || !positional.get(0).equals("plan")) {
      throw new ConfigException("usage: credpath cohort plan FILE.csv [--server URL] [--key KEY] [--name NAME] [--start-date YYYY-MM-DD]"
          + " | credpath cohort generate [--rows N] [--seed S] [--taxonomy DIR]");
    }
    Path file = Path.of(positional.get(1));
    String server = args.get("server").orElse(env.getOrDefault("CREDPATH_SERVER", "http://localhost:8080")).replaceAll("/+$", "");
    String key = args.get("key").or(() -> java.util.Optional.ofNullable(env.get("CREDPATH_KEY")))
        .orElseThrow(() -> new ConfigException("an advisor key is needed: --key KEY or CREDPATH_KEY"));
    long pollMillis = (long) args.number("poll-ms", 500);
    byte[] csv;
    try {
      csv = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("no such file: " + file);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    String name = args.get("name").orElse(file.getFileName().toString().replaceFirst("\\.csv$", ""));
    HttpResponse<String> upload = send(HttpRequest.newBuilder(uri(server, "/api/v1/advising/cohorts?name=" + encode(name)))
        .header("Content-Type", "text/csv; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(csv)), key);
    JsonNode cohort = read(upload);
    if (upload.statusCode() != 201) return refused("upload", cohort);
    out.printf("cohort %s: %d rows, %d kept, %d rejected%n", cohort.path("id").asText(), cohort.path("rows").asInt(),
        cohort.path("accepted").asInt(), cohort.path("rejected").asInt());
    for (JsonNode o : cohort.path("outcomes")) {
      for (JsonNode e : o.path("errors")) {
        out.printf("  line %d, column %d (%s): %s%n", e.path("line").asInt(), e.path("column").asInt(), e.path("field").asText(),
            e.path("message").asText());
      }
    }
    String body = args.get("start-date").map(d -> "{\"startDate\":\"" + d.replace("\"", "") + "\"}").orElse("{}");
    HttpResponse<String> started = send(HttpRequest.newBuilder(uri(server, "/api/v1/advising/cohorts/" + cohort.path("id").asText() + "/plan"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), key);
    JsonNode job = read(started);
    if (started.statusCode() != 202) return refused("planning", job);
    String location = started.headers().firstValue("Location").orElse("/api/v1/advising/jobs/" + job.path("id").asText());
    long began = System.nanoTime();
    int shownTenth = -1;
    while (!job.path("state").asText().equals("done") && !job.path("state").asText().equals("failed")) {
      shownTenth = show(job, shownTenth, false);
      Thread.sleep(pollMillis);
      HttpResponse<String> status = send(HttpRequest.newBuilder(uri(server, location)).GET(), key);
      job = read(status);
      if (status.statusCode() != 200) return refused("reading the job", job);
    }
    show(job, shownTenth, true);
    if (terminal) out.println();
    out.printf("job %s %s in %.1f s: %d planned, %d could not be planned, of %d%n", job.path("id").asText(), job.path("state").asText(),
        (System.nanoTime() - began) / 1e9, job.path("done").asInt(), job.path("failed").asInt(), job.path("total").asInt());
    for (JsonNode f : job.path("failures")) {
      out.printf("  line %d (%s): %s%n", f.path("line").asInt(), f.path("reference").asText(), f.path("reason").asText());
    }
    if (job.path("state").asText().equals("failed")) {
      out.println("the job failed: " + job.path("failure").asText());
      return 1;
    }
    return 0;
  }

  /**
   * Shows progress: the bar redrawn on a terminal, otherwise a line each time another tenth is done, and always the final state
   * (a job can be fully processed while still 'running' at the last poll); the tenth shown.
   */
  private int show(JsonNode job, int shownTenth, boolean last) {
    int total = Math.max(1, job.path("total").asInt());
    int processed = job.path("done").asInt() + job.path("failed").asInt();
    JsonNode left = job.path("estimatedSecondsLeft");
    String eta = left.isNumber() ? ", about " + left.asInt() + " s left" : "";
    if (terminal) {
      int filled = processed * BAR / total;
      out.printf("\r[%s%s] %d/%d planned, %d failed%s   ", "#".repeat(filled), ".".repeat(BAR - filled), job.path("done").asInt(), total,
          job.path("failed").asInt(), eta);
      out.flush();
      return shownTenth;
    }
    int tenth = processed * 10 / total;
    if (tenth > shownTenth || last) {
      out.printf("%s: %d/%d planned, %d failed%s%n", job.path("state").asText(), job.path("done").asInt(), total, job.path("failed").asInt(), eta);
      return tenth;
    }
    return shownTenth;
  }

  private int refused(String what, JsonNode problem) {
    out.printf("%s refused: %s%n", what, problem.path("detail").asText(problem.toString()));
    for (JsonNode e : problem.path("errors")) out.printf("  %s: %s%n", e.path("field").asText(), e.path("message").asText());
    return 1;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String key) throws InterruptedException {
    try {
      return http.send(request.header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ConfigException("cannot reach the server: " + e);
    }
  }

  private JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new ConfigException("the server answered " + response.statusCode() + " with something that is not JSON");
    }
  }

  private static URI uri(String server, String path) {
    try {
      return URI.create(server + path);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("not a server URL: " + server);
    }
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
