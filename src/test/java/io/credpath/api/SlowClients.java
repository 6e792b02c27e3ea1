package io.credpath.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Slow clients on loopback: each connects from one of {@code addresses} local addresses ({@code subnet}.2,
 * {@code subnet}.3, ...), sends a request's headers and the first bytes of its body, then stalls; {@link #trickle}
 * sends one more byte on each.
 */
final class SlowClients implements AutoCloseable {
  private final List<Socket> sockets = new ArrayList<>();
  private final List<Socket> refused = new ArrayList<>();

  /** Opens {@code count} slow connections to {@code port}, spread evenly over {@code addresses} client addresses. */
  SlowClients(int port, int count, String subnet, int addresses, String key) throws IOException {
    byte[] head = ("POST /api/v1/pathways HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer "
        + key + "\r\nContent-Length: 1000\r\n\r\n{\"tar").getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < count; i++) {
      Socket s = new Socket();
      s.bind(new InetSocketAddress(subnet + "." + (2 + i % addresses), 0));
      s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      try {
        s.getOutputStream().write(head);
        sockets.add(s);
      } catch (IOException e) {
        refused.add(s);
      }
    }
  }

  /** Sends one more body byte on every connection still open. */
  void trickle() {
    for (Socket s : sockets) {
      try {
        s.getOutputStream().write('g');
      } catch (IOException e) {
        // closed by the server; counted by open()
      }
    }
  }

  /** How many connections the server answered with {@code status} and a problem+json body, waiting up to a second each. */
  int answered(int status) {
    int n = 0;
    for (Socket s : sockets) {
      try {
        s.setSoTimeout(1000);
        RawHttp.Answer a = RawHttp.read(s.getInputStream(), System.nanoTime());
        if (a.status() == status && a.contentType().startsWith("application/problem+json")) n++;
      } catch (IOException e) {
        // not answered
      }
    }
    return n;
  }

  /**
   * How many connections are still open once the server has had up to {@code millis} to close them: a connection it has
   * answered is closed a moment later, and on a busy machine that moment can be long.
   */
  int openAfter(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    int open = open();
    while (open > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      open = open();
    }
    return open;
  }

  /** How many connections the server still holds open without having answered. */
  int open() {
    int open = 0;
    for (Socket s : sockets) {
      try {
        s.setSoTimeout(1);
        if (s.getInputStream().read() < 0) continue;
      } catch (SocketTimeoutException e) {
        open++;
      } catch (IOException e) {
        // reset by the server
      }
    }
    return open;
  }

  @Override
  public void close() throws IOException {
    for (Socket s : sockets) s.close();
    for (Socket s : refused) s.close();
  }
}
