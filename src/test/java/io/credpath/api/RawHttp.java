package io.credpath.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 written byte by byte on a plain socket, for requests no well-behaved client would send. */
final class RawHttp {
  private RawHttp() {}

  /** One response as read off the wire, and how long it took to arrive. */
  record Answer(int status, String head, String body, long millis) {
    String contentType() {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) return line.substring(13).strip();
      }
      return "";
    }

    @Override
    public String toString() {
      return status + " in " + millis + " ms, " + contentType() + ": " + (body.length() > 200 ? body.substring(0, 200) : body);
    }
  }

  /** Sends {@code request}, half-closes the socket when {@code close} is set, and reads the answer. */
  static Answer exchange(int port, byte[] request, boolean close, int timeoutMillis) {
    long start = System.nanoTime();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      s.setSoTimeout(timeoutMillis);
      s.getOutputStream().write(request);
      s.getOutputStream().flush();
      if (close) s.shutdownOutput();
      return read(s.getInputStream(), start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer exchange(int port, String request, boolean close, int timeoutMillis) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), close, timeoutMillis);
  }

  /** Reads one response: the head, then a body by Content-Length or up to the end of the stream. */
  static Answer read(InputStream in, long startNanos) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int headEnd = -1;
    int length = -1;
    byte[] buf = new byte[8192];
    try {
      while (true) {
        if (headEnd < 0) {
          String sofar = bytes.toString(StandardCharsets.ISO_8859_1);
          headEnd = sofar.indexOf("\r\n\r\n");
          if (headEnd >= 0) length = contentLength(sofar.substring(0, headEnd));
        }
        if (headEnd >= 0 && length >= 0 && bytes.size() >= headEnd + 4 + length) break;
        int n = in.read(buf);
        if (n < 0) break;
        bytes.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      if (bytes.size() == 0) return new Answer(0, "", "(no answer)", (System.nanoTime() - startNanos) / 1_000_000);
    } catch (IOException e) {
      if (bytes.size() == 0) return new Answer(0, "", "(connection " + e.getMessage() + ")", (System.nanoTime() - startNanos) / 1_000_000);
    }
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    String all = bytes.toString(StandardCharsets.UTF_8);
    if (bytes.size() == 0) return new Answer(0, "", "(closed without an answer)", millis);
    int end = all.indexOf("\r\n\r\n");
    String head = end < 0 ? all : all.substring(0, end);
    String body = end < 0 ? "" : all.substring(end + 4);
    int status = Integer.parseInt(head.substring(9, 12));
    return new Answer(status, head, body, millis);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) return Integer.parseInt(line.substring(15).strip());
    }
    return -1;
  }
}
