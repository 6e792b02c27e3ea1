package io.credpath.app;

import java.io.IOException;
import io.credpath.advising.KeyStore;
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
 * One round of admin writes over HTTP against one server, as fast as it answers, from several threads: each thread puts
 * a tenant, then creates partner keys for it. Only writes whose 2xx reached this client count as acknowledged; a write
 * still in flight when the server dies is neither acknowledged nor refused.
 */
final class AdminWrites {
  private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String adminKey;
  private final String prefix;
  final Queue<String> tenants = new ConcurrentLinkedQueue<>();
  final Queue<String> keys = new ConcurrentLinkedQueue<>();

  AdminWrites(String adminKey, String prefix) {
    this.adminKey = adminKey;
    this.prefix = prefix;
  }

  /** Starts {@code threads} writers against {@code port}; each stops at its first failed request. */
  List<Thread> start(int port, int threads) {
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String writer = prefix + "-w" + t;
      Thread thread = new Thread(() -> write(port, writer), "admin-writes-" + writer);
      thread.start();
      started.add(thread);
    }
    return started;
  }

  private void write(int port, String writer) {
    try {
      for (int i = 0; ; i++) {
        String tenant = writer + "-" + i;
        HttpResponse<String> put = send(port, "PUT", "/api/v1/admin/tenants/" + tenant, "{\"ratePerMinute\":600}", adminKey);
        if (put.statusCode() != 200) throw new IllegalStateException("PUT tenant answered " + put.statusCode() + ": " + put.body());
        tenants.add(tenant);
        for (int k = 0; k < 3; k++) {
          HttpResponse<String> post = send(port, "POST", "/api/v1/admin/keys",
              "{\"role\":\"partner\",\"tenant\":\"" + tenant + "\",\"label\":\"kill test\"}", adminKey);
          if (post.statusCode() != 201) throw new IllegalStateException("POST key answered " + post.statusCode() + ": " + post.body());
          Matcher m = SECRET.matcher(post.body());
          if (!m.find()) throw new IllegalStateException("no secret in " + post.body());
          keys.add(m.group(1));
        }
      }
    } catch (IOException e) {
      // the server was killed: this write was in flight, so it is not acknowledged
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The acknowledged tenants the server on {@code port} no longer lists. */
  List<String> missingTenants(int port) throws IOException, InterruptedException {
    String listed = send(port, "GET", "/api/v1/admin/tenants", null, adminKey).body();
    return tenants.stream().filter(t -> !listed.contains("\"id\":\"" + t + "\"")).toList();
  }

  /** The acknowledged keys the server on {@code port} no longer lists as active. */
  List<String> missingKeys(int port) throws IOException, InterruptedException {
    String listed = send(port, "GET", "/api/v1/admin/keys", null, adminKey).body();
    return keys.stream().map(AdminWrites::id).filter(id -> !listed.contains("\"id\":\"" + id + "\"")).toList();
  }

  /** The acknowledged tenants and keys missing from {@code store}, opened on the same database as the killed server. */
  List<String> missingFrom(KeyStore store) {
    List<String> missing = new ArrayList<>();
    tenants.stream().filter(t -> store.findTenant(t).isEmpty()).forEach(t -> missing.add("tenant " + t));
    keys.stream().filter(k -> store.authenticate(k).isEmpty()).forEach(k -> missing.add("key " + id(k)));
    return missing;
  }

  /** The acknowledged keys that no longer authenticate on the server on {@code port}, one request each. */
  List<String> keysNotAuthenticating(int port) throws IOException, InterruptedException {
    List<String> failed = new ArrayList<>();
    for (String secret : keys) {
      int status = send(port, "GET", "/api/v1/occupations?q=data", null, secret).statusCode();
      if (status != 200) failed.add(id(secret) + " (" + status + ")");
    }
    return failed;
  }

  private static String id(String secret) {
    return secret.substring(3, secret.indexOf('.'));
  }

  private static HttpResponse<String> send(int port, String method, String path, String json, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + key);
    if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
    else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
