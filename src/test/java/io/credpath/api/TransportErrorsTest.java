package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests Jetty refuses before any handler runs get a problem+json answer, never Jetty's HTML error page. */
class TransportErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApi api;

  @BeforeAll
  static void start() {
    api = new TestApi();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String post(String headers, String body) {
    return "POST /api/v1/pathways HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer " + api.admin
        + "\r\n" + headers + "\r\n" + body;
  }

  private static void problem(RawHttp.Answer a, int status) throws Exception {
    assertThat(a.status()).as(a.toString()).isEqualTo(status);
    assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(a.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("title").asText()).isNotBlank();
  }

  static Stream<Arguments> requestsJettyRefuses() {
    return Stream.of(
        Arguments.of("a 9,000-character URI", "GET /api/v1/credentials?q=" + "x".repeat(9000) + " HTTP/1.1\r\nHost: l\r\n\r\n", 414),
        Arguments.of("a 20 KB header", "GET /health HTTP/1.1\r\nHost: l\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n", 431),
        Arguments.of("%00 in the path", "GET /api/v1/credentials/a%00b HTTP/1.1\r\nHost: l\r\n\r\n", 400),
        Arguments.of("a negative Content-Length", post("Content-Length: -5\r\n", "{}"), 400),
        Arguments.of("two Content-Lengths", post("Content-Length: 2\r\nContent-Length: 3\r\n", "{}"), 400),
        Arguments.of("a garbage request line", "\u0001\u0002 garbage line\r\n\r\n", 400),
        Arguments.of("no Host header", "GET /health HTTP/1.1\r\n\r\n", 400),
        Arguments.of("an unknown HTTP version", "GET /health HTTP/9.9\r\nHost: l\r\n\r\n", 505));
  }

  @ParameterizedTest(name = "{0} answers {2}")
  @MethodSource("requestsJettyRefuses")
  void everyRequestJettyRefusesGetsAProblem(String what, String request, int status) throws Exception {
    RawHttp.Answer a = RawHttp.exchange(api.port(), request, false, 5000);
    problem(a, status);
    assertThat(a.body()).doesNotContain("<h1>", "<html");
  }
}
