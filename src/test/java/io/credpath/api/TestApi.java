package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.advising.AdvisingStore;
import io.credpath.advising.Cohorts;
import io.credpath.advising.JobSettings;
import io.credpath.advising.PlanBook;
import io.credpath.advising.Database;
import io.credpath.advising.IssuedKey;
import io.credpath.advising.JdbcKeyStore;
import io.credpath.advising.KeyStore;
import io.credpath.advising.Role;
import io.credpath.advising.Tenant;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A real server on a random port over {@link FakeServices} and an in-memory H2 key store, with an HTTP client. */
final class TestApi implements AutoCloseable, org.junit.jupiter.api.extension.AfterAllCallback {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  final TestClock clock = new TestClock();
  final FakeServices services = new FakeServices();
  final KeyStore store;
  final AdvisingStore advising;
  final Cohorts cohorts;
  final ApiServer server;
  final String admin;
  final String partnerA;
  final String partnerB;
  final String advisorA;
  final String advisorB;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  TestApi(ApiConfig config) {
    Database db = Database.connect("jdbc:h2:mem:api" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty());
    store = new JdbcKeyStore(db, clock, new Random(7));
    admin = store.create(Role.ADMIN, Optional.empty(), "test admin").secret();
    store.putTenant(new Tenant("tenant-a", Set.of("CompTIA"), Set.of("course:linux"), Set.of("https://a.example"), 1000));
    store.putTenant(new Tenant("tenant-b", Set.of("Coursera"), Set.of(), Set.of("https://b.example"), 1000));
    partnerA = store.create(Role.PARTNER, Optional.of("tenant-a"), "a").secret();
    partnerB = store.create(Role.PARTNER, Optional.of("tenant-b"), "b").secret();
    advisorA = store.create(Role.ADVISOR, Optional.of("tenant-a"), "advisor a").secret();
    advisorB = store.create(Role.ADVISOR, Optional.of("tenant-b"), "advisor b").secret();
    advising = new AdvisingStore(db, clock, new Random(8));
    cohorts = new Cohorts(db, new PlanBook(advising, services, ApiServer.planJson(clock), clock), store, clock, new Random(9),
        new JobSettings("test-api", Duration.ofMillis(200), Duration.ofSeconds(1), 2, Duration.ofSeconds(5)));
    cohorts.start();
    server = new ApiServer(config, services.services(advising, cohorts), store, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    port = server.start(0);
  }

  TestApi() {
    this(new ApiConfig(true, false, 64 * 1024, 100_000, 100_000, Duration.ofSeconds(1), ServerLimits.defaults()));
  }

  int port() {
    return port;
  }

  IssuedKey newKey(Role role, Optional<String> tenant) {
    return store.create(role, tenant, "extra");
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
  }

  Response get(String path, String key) {
    HttpRequest.Builder b = request(path).GET();
    if (key != null) b.header("Authorization", "Bearer " + key);
    return send(b.build());
  }

  Response post(String path, String json, String key) {
    return send("POST", path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json", key);
  }

  Response put(String path, String json, String key) {
    return send("PUT", path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json", key);
  }

  Response delete(String path, String key) {
    return send("DELETE", path, new byte[0], null, key);
  }

  Response send(String method, String path, byte[] body, String contentType, String key) {
    HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) b.header("Content-Type", contentType);
    if (key != null) b.header("Authorization", "Bearer " + key);
    return send(b.build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer. */
  final class Response {
    final int status;
    final String contentType;
    final String body;
    final HttpResponse<String> raw;

    Response(int status, String contentType, String body, HttpResponse<String> raw) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.raw = raw;
    }

    JsonNode json() {
      try {
        return mapper.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  /** Registered as a test class's extension ({@code @RegisterExtension static final TestApi api}), closed after its tests. */
  @Override
  public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.close();
    cohorts.close();
    store.close();
  }

  /** A clock tests move by hand. */
  static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2025-03-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }
}
