package io.credpath.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole service as {@code credpath serve} builds it, with anonymous planning on, for the browser tests: a real
 * server on a random port, and the admin calls that set up partner tenants and keys.
 */
final class WebService implements ExtensionContext.Store.CloseableResource {
  static final String ADMIN_KEY = "cp_admin.browser-tests-secret-0123456789abc";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path home;
  private final Application app;

  /** The shipped taxonomy and rules; the search index is kept under {@code target/} between runs, the database is new. */
  WebService() {
    this(Path.of("taxonomy"), Path.of("rules"), Map.of("data-dir", Path.of("target", "browser-tests").toString()));
  }

  /** A service over {@code taxonomy} and {@code rules}, with {@code settings} over the defaults below. */
  WebService(Path taxonomy, Path rules, Map<String, String> settings) {
    try {
      home = Files.createTempDirectory("credpath-web");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> flags = new HashMap<>(Map.of("port", "0", "taxonomy", taxonomy.toString(), "rules", rules.toString(),
        "data-dir", home.toString(), "db-url", "jdbc:h2:file:" + home.resolve("db").toAbsolutePath(), "admin-key", ADMIN_KEY,
        "anonymous-planning", "true"));
    flags.putAll(settings);
    app = Application.serve(AppConfig.from(flags, Map.of()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** The address of {@code path} on this server, e.g. {@code url("/")}. */
  String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  /** Puts a tenant through the admin API with {@code json} as its body. */
  void putTenant(String id, String json) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/tenants/" + id)))
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    if (r.statusCode() != 200) throw new IllegalStateException("tenant " + id + ": " + r.statusCode() + " " + r.body());
  }

  /** A new key of {@code role} for {@code tenant}, through the admin API; its secret. */
  String newKey(String role, String tenant) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/keys")))
        .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"" + role + "\",\"tenant\":\"" + tenant + "\",\"label\":\"browser test\"}")));
    try {
      JsonNode key = JSON.readTree(r.body());
      if (r.statusCode() != 201) throw new IllegalStateException("key: " + r.statusCode() + " " + r.body());
      return key.path("secret").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POSTs {@code json} to {@code path} with {@code key}; the answer's body, after checking it is a 2xx. */
  JsonNode post(String path, String key, String json) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + key)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs {@code path} with no key. */
  HttpResponse<byte[]> get(String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json").build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    try (java.util.stream.Stream<Path> walk = Files.walk(home)) {
      walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
    } catch (IOException e) {
      // a leftover temporary database is harmless
    }
  }
}
