package io.credpath.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One round of advisor writes over HTTP against one server, from several threads: each thread creates a learner, saves
 * a plan for them and marks its first step started, and every third time first uploads a three-row cohort file, again
 * and again. Only writes whose 2xx reached this client count as acknowledged.
 */
final class AdvisingWrites {
  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String advisorKey;
  private final String prefix;
  /** Acknowledged learners' ids. */
  final Queue<String> learners = new ConcurrentLinkedQueue<>();
  /** Acknowledged plans, as {@code learnerId/planId}. */
  final Queue<String> plans = new ConcurrentLinkedQueue<>();
  /** Acknowledged progress marks, as {@code learnerId/planId/credential} (started). */
  final Queue<String> marks = new ConcurrentLinkedQueue<>();
  /** Acknowledged cohort uploads' ids (three members each). */
  final Queue<String> cohorts = new ConcurrentLinkedQueue<>();
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  AdvisingWrites(String advisorKey, String prefix) {
    this.advisorKey = advisorKey;
    this.prefix = prefix;
  }

  List<Thread> start(int port, int threads) {
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String writer = prefix + "-w" + t;
      Thread thread = new Thread(() -> write(port, writer), "advising-writes-" + writer);
      thread.start();
      started.add(thread);
    }
    return started;
  }

  private void write(int port, String writer) {
    try {
      for (int i = 0; ; i++) {
        if (i % 3 == 0) {
          String csv = "reference,name,target\n" + writer + "-c" + i + "-1,A,15-2051.01\n" + writer + "-c" + i + "-2,B,15-2051.01\n"
              + writer + "-c" + i + "-3,C,15-2051.01\n";
          HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advising/cohorts"))
              .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + advisorKey).header("Content-Type", "text/csv")
              .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
          if (upload.statusCode() != 201) throw new IllegalStateException("POST cohort answered " + upload.statusCode() + ": " + upload.body());
          cohorts.add(id(upload.body()));
        }
        HttpResponse<String> learner = send(port, "POST", "/api/v1/advising/learners", """
            {"externalRef":"%s-%d","name":"Learner %d","heldSkills":[{"skill":"skill:sql","level":1}],"experienceYears":2,
             "budget":{"maxCost":500,"hoursPerWeek":6},"fundingNotes":"kill test"}""".formatted(writer, i, i));
        if (learner.statusCode() != 201) throw new IllegalStateException("POST learner answered " + learner.statusCode() + ": " + learner.body());
        String id = id(learner.body());
        learners.add(id);
        HttpResponse<String> plan = send(port, "POST", "/api/v1/advising/learners/" + id + "/plans", "{\"target\":\"15-2051.01\"}");
        if (plan.statusCode() != 201) throw new IllegalStateException("POST plan answered " + plan.statusCode() + ": " + plan.body());
        String planId = id(plan.body());
        plans.add(id + "/" + planId);
        com.fasterxml.jackson.databind.JsonNode step = JSON.readTree(plan.body()).path("response").path("pathways").path(0).path("steps").path(0);
        if (step.has("credential")) {
          String credential = step.path("credential").asText();
          HttpResponse<String> mark = send(port, "POST", "/api/v1/advising/learners/" + id + "/plans/" + planId + "/progress",
              "{\"credential\":\"" + credential + "\",\"status\":\"started\"}");
          if (mark.statusCode() != 200) throw new IllegalStateException("POST progress answered " + mark.statusCode() + ": " + mark.body());
          marks.add(id + "/" + planId + "/" + credential);
        }
      }
    } catch (IOException e) {
      // the server was killed: this write was in flight, so it is not acknowledged
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The acknowledged learners, plans, progress marks and cohorts the server on {@code port} no longer has. */
  List<String> missing(int port) throws IOException, InterruptedException {
    List<String> out = new ArrayList<>();
    for (String l : learners) {
      if (send(port, "GET", "/api/v1/advising/learners/" + l, null).statusCode() != 200) out.add("learner " + l);
    }
    for (String p : plans) {
      String[] ids = p.split("/");
      if (send(port, "GET", "/api/v1/advising/learners/" + ids[0] + "/plans/" + ids[1], null).statusCode() != 200) out.add("plan " + p);
    }
    for (String m : marks) {
      String[] ids = m.split("/", 3);
      HttpResponse<String> progress = send(port, "GET", "/api/v1/advising/learners/" + ids[0] + "/plans/" + ids[1] + "/progress", null);
      boolean started = progress.statusCode() == 200 && java.util.stream.StreamSupport.stream(JSON.readTree(progress.body()).path("steps").spliterator(), false)
          .anyMatch(s -> s.path("credential").asText().equals(ids[2]) && s.path("status").asText().equals("started"));
      if (!started) out.add("progress " + m);
    }
    for (String c : cohorts) {
      HttpResponse<String> cohort = send(port, "GET", "/api/v1/advising/cohorts/" + c, null);
      if (cohort.statusCode() != 200 || JSON.readTree(cohort.body()).path("members").size() != 3) out.add("cohort " + c);
    }
    return out;
  }

  private static String id(String body) {
    Matcher m = ID.matcher(body);
    if (!m.find()) throw new IllegalStateException("no id first in " + body);
    return m.group(1);
  }

  private HttpResponse<String> send(int port, String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + advisorKey);
    if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
    else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
