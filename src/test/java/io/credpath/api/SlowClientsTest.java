package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slow clients cannot stop the service: while a thousand loopback connections hold a request whose body has
 * stalled, {@code /health} and a pathways request still answer within a second; one client address holds at most its
 * share of connections; and a body slower than the minimum data rate gets 408. Before bodies were read
 * asynchronously, 250 such clients took every worker thread and everything timed out. The server runs with the
 * default limits except a 30 s request idle timeout, so that the stalled connections stay open while they are
 * counted (with the default 5 s, each is answered 408 after 5 s without a byte). Each test has its own server.
 */
class SlowClientsTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private TestApi api;

  @BeforeEach
  void start() throws Exception {
    ServerLimits d = ServerLimits.defaults();
    api = new TestApi(new ApiConfig(true, false, 64 * 1024, 100_000, 100_000, Duration.ofSeconds(1),
        new ServerLimits(d.maxThreads(), d.maxConnections(), d.maxConnectionsPerAddress(), Duration.ofSeconds(30), d.minRequestDataRate())));
    healthAndPlanning(); // the client's first requests load its classes; later ones measure the server
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private long millisToAnswer(HttpRequest request) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return (System.nanoTime() - t) / 1_000_000;
  }

  /** The slower of /health and a pathways request, each of which must answer 200 within a second. */
  private long healthAndPlanning() throws Exception {
    URI base = URI.create("http://127.0.0.1:" + api.port());
    long health = millisToAnswer(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(1)).build());
    long plan = millisToAnswer(HttpRequest.newBuilder(base.resolve("/api/v1/pathways")).timeout(Duration.ofSeconds(1))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + api.admin)
        .POST(HttpRequest.BodyPublishers.ofString("{\"target\":\"15-2051.01\"}")).build());
    assertThat(Math.max(health, plan)).isLessThan(1000);
    return Math.max(health, plan);
  }

  @Test
  void healthAndPlanningAnswerWhileAThousandSlowClientsHoldTheirConnections() throws Exception {
    try (SlowClients slow = new SlowClients(api.port(), 1000, "127.0.1", 10, api.admin)) {
      Thread.sleep(500); // the server takes in the burst of a thousand connections
      long worst = 0;
      for (int i = 0; i < 3; i++) worst = Math.max(worst, healthAndPlanning());
      int open = slow.open();
      System.out.printf("1000 slow connections from 10 addresses: %d held open; /health and pathways answered in at most %d ms%n",
          open, worst);
      assertThat(open).as("slow connections held open, unanswered").isEqualTo(1000);
    }
  }

  @Test
  void oneAddressHoldsAtMostItsShareOfConnections() throws Exception {
    try (SlowClients slow = new SlowClients(api.port(), 250, "127.0.2", 1, api.admin)) {
      long worst = healthAndPlanning();
      int open = slow.open();
      System.out.printf("250 slow connections from one address: %d held open; /health and pathways answered in %d ms%n", open, worst);
      assertThat(open).isEqualTo(ServerLimits.defaults().maxConnectionsPerAddress());
    }
  }

  /**
   * A client that opens a new connection for each request (curl in a loop, a script) is served however many it makes
   * in all: the limit counts connections open at once. Until the count remembered each connection's address, it never
   * went down, and from the 100th connection on the address was refused for good.
   */
  @Test
  void anAddressOpeningOneConnectionPerRequestIsNeverLockedOut() throws Exception {
    int requests = 2 * ServerLimits.defaults().maxConnectionsPerAddress() + 10;
    java.net.InetAddress from = java.net.InetAddress.getByName("127.0.4.1");
    for (int i = 0; i < requests; i++) {
      try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), api.port(), from, 0)) {
        s.setSoTimeout(5000);
        s.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(answer).as("request %d of %d on its own connection", i + 1, requests).startsWith("HTTP/1.1 200");
      }
    }
  }

  @Test
  void aBodySlowerThanTheMinimumDataRateIsRefusedWith408() throws Exception {
    try (SlowClients slow = new SlowClients(api.port(), 20, "127.0.3", 2, api.admin)) {
      Thread.sleep(2500);
      slow.trickle(); // one byte 2.5 s after the first ones, past the 2 s grace: far below 1 KB/s
      assertThat(slow.answered(408)).isEqualTo(20);
      assertThat(slow.openAfter(5000)).as("connections the server answered and then closed").isZero();
    }
  }
}
