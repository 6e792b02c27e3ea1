package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that fail below the application, in Jetty's parser or while the body is read, get a 4xx problem+json
 * answer at once (or after the request idle timeout, here 1 s, when the client stops sending), never an HTML page or
 * an empty 500.
 */
class TransportErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApi api;

  @BeforeAll
  static void start() {
    ServerLimits d = ServerLimits.defaults();
    api = new TestApi(new ApiConfig(true, false, 64 * 1024, 100_000, 100_000, Duration.ofSeconds(1),
        new ServerLimits(d.maxThreads(), d.maxConnections(), d.maxConnectionsPerAddress(), Duration.ofSeconds(1), d.minRequestDataRate())));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String post(String headers, String body) {
    return "POST /api/v1/pathways HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer " + api.admin
        + "\r\n" + headers + "\r\n" + body;
  }

  private static JsonNode problem(RawHttp.Answer a, int status) throws Exception {
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(a.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asText()).isNotBlank();
    return body;
  }

  @Test
  void aBodyCutShortAnswers400AtOnce() throws Exception {
    RawHttp.Answer a = RawHttp.exchange(api.port(), post("Content-Length: 100\r\n", "{\"target\":"), true, 5000);
    assertThat(problem(a, 400).path("detail").asText()).contains("ended before its Content-Length of 100 (10 bytes received)");
    assertThat(a.millis()).isLessThan(1000);
  }

  @Test
  void aBodyThatStopsArrivingAnswers408AfterTheIdleTimeout() throws Exception {
    RawHttp.Answer a = RawHttp.exchange(api.port(), post("Content-Length: 100\r\n", "{\"target\":"), false, 10_000);
    assertThat(problem(a, 408).path("detail").asText()).contains("stopped arriving");
    assertThat(a.millis()).isBetween(900L, 3000L);
  }

  @Test
  void aMalformedChunkAnswers400AtOnce() throws Exception {
    RawHttp.Answer first = RawHttp.exchange(api.port(), post("Transfer-Encoding: chunked\r\n", "ZZ\r\nabc\r\n0\r\n\r\n"), false, 5000);
    RawHttp.Answer later = RawHttp.exchange(api.port(), post("Transfer-Encoding: chunked\r\n", "3\r\nabc\r\nQQ\r\n"), false, 5000);
    problem(first, 400);
    assertThat(problem(later, 400).path("detail").asText()).contains("chunked request body is malformed");
    assertThat(first.millis() + later.millis()).isLessThan(1000);
  }

  @Test
  void anOversizeBodyIsRefusedBeforeItIsSent() throws Exception {
    RawHttp.Answer a = RawHttp.exchange(api.port(), post("Content-Length: 10000000\r\n", ""), false, 5000);
    assertThat(problem(a, 413).path("detail").asText()).contains("limited to 65536 bytes");
    assertThat(a.millis()).isLessThan(1000);
  }

  @Test
  void aSlowPlanIsNotCutOffByTheRequestIdleTimeout() {
    api.services.planMillis = 1500;
    try {
      TestApi.Response r = api.post("/api/v1/pathways", "{\"target\":\"15-2051.01\"}", api.admin);
      assertThat(r.status).as(r.toString()).isEqualTo(200);
    } finally {
      api.services.planMillis = 0;
    }
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: l\r\n\r\n";
  }

  static Stream<Arguments> requestsJettyRefuses() {
    return Stream.of(
        Arguments.of("a 9,000-character URI", get("/api/v1/credentials?q=" + "x".repeat(9000)), 414,
            "the request URI is longer than the server accepts (8192 bytes for the request line)"),
        Arguments.of("a 20 KB header", "GET /health HTTP/1.1\r\nHost: l\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n", 431,
            "the request headers are larger than the server accepts (8192 bytes in all)"),
        Arguments.of("%00 as the whole id", get("/api/v1/credentials/%00"), 400, "the request path holds %00, an encoded NUL"),
        Arguments.of("%00 in the path", get("/api/v1/credentials/a%00b"), 400, "the request path holds %00, an encoded NUL"),
        Arguments.of("a % before non-hex digits", get("/api/v1/credentials/%zz"), 400, "a % that is not followed by two hexadecimal digits"),
        Arguments.of("a % at the end of the path", get("/api/v1/credentials/abc%"), 400, "a % that is not followed by two hexadecimal digits"),
        Arguments.of("a % and one digit", get("/api/v1/credentials/abc%4"), 400, "a % that is not followed by two hexadecimal digits"),
        Arguments.of("a %u escape", get("/api/v1/credentials/%uFFFF"), 400, "uses a %u escape, which URIs do not allow"),
        Arguments.of("a raw byte that is not UTF-8", get("/api/v1/credentials/caf\u00e9"), 400, "the request URI is not valid UTF-8"),
        Arguments.of("a space in the path", get("/api/v1/credentials/a b"), 400, "a character HTTP does not allow there: SPACE"),
        Arguments.of("a negative Content-Length", post("Content-Length: -5\r\n", "{}"), 400, "the Content-Length header is not a whole number"),
        Arguments.of("two Content-Lengths", post("Content-Length: 2\r\nContent-Length: 3\r\n", "{}"), 400,
            "more than one Content-Length header"),
        Arguments.of("a garbage request line", "\u0001\u0002 garbage line\r\n\r\n", 400, "a character HTTP does not allow there: CNTL=0x1"),
        Arguments.of("no Host header", "GET /health HTTP/1.1\r\n\r\n", 400, "no Host header, which HTTP/1.1 requires"),
        Arguments.of("a URI naming another host", "GET http://elsewhere:99/health HTTP/1.1\r\nHost: l\r\n\r\n", 400,
            "the host in the request URI is not the one in the Host header"),
        Arguments.of("an unknown HTTP version", "GET /health HTTP/9.9\r\nHost: l\r\n\r\n", 505, "an HTTP version the server does not speak"));
  }

  @ParameterizedTest(name = "{0} answers {2}")
  @MethodSource("requestsJettyRefuses")
  void everyRequestJettyRefusesGetsAProblemSayingWhatIsWrong(String what, String request, int status, String detail) throws Exception {
    RawHttp.Answer a = RawHttp.exchange(api.port(), request, false, 5000);
    JsonNode body = problem(a, status);
    assertThat(body.path("type").asText()).isEqualTo("about:blank");
    assertThat(body.path("detail").asText()).contains(detail);
    assertThat(a.body()).doesNotContain("<h1>", "<html", "Exception", "\tat ");
  }

  /**
   * Encoded slashes, dots and empty segments are not ambiguous to this API (Javalin matches the path as sent and decodes
   * each parameter once), so Jetty lets them through and the routes answer: a 404 problem naming what was not found.
   */
  static Stream<Arguments> pathsJettyLetsThrough() {
    return Stream.of(
        Arguments.of("/api/v1/credentials/a%2Fb", "unknown credential 'a/b'"),
        Arguments.of("/api/v1/credentials/a%5Cb", "unknown credential 'a\\b'"),
        Arguments.of("/api/v1/credentials/x%25", "unknown credential 'x%'"),
        Arguments.of("/api/v1/credentials/%2e%2e/admin", "no such resource: /api/v1/credentials/%2e%2e/admin"),
        Arguments.of("/api/v1/credentials/..;/admin", "no such resource: /api/v1/credentials/..;/admin"),
        Arguments.of("//api/v1/credentials", "no such resource: //api/v1/credentials"));
  }

  @ParameterizedTest(name = "{0} answers 404")
  @MethodSource("pathsJettyLetsThrough")
  void oddButValidPathsGetAProblemFromTheRoutes(String path, String detail) throws Exception {
    RawHttp.Answer a = RawHttp.exchange(api.port(), get(path), false, 5000);
    assertThat(problem(a, 404).path("detail").asText()).isEqualTo(detail);
  }
}
