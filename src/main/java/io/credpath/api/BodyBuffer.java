package io.credpath.api;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Receives every request body in full before the request reaches Javalin, reading it asynchronously as bytes
 * arrive, so a client that sends its body slowly holds a connection but no thread (with blocking reads, 250 such
 * clients took every worker thread and even {@code /health} stopped answering). Bodies over the size limit answer
 * 413; a body that ends early or is malformed (bad chunk) answers 400; one that stalls for the request idle timeout
 * or, after a grace period, arrives slower than the minimum data rate answers 408; all as problem+json, closing the
 * connection. The rate is checked here rather than by Jetty's {@code HttpConfiguration.setMinRequestDataRate}, which
 * counts from when Jetty first produced the content and so refuses small bodies read a few milliseconds late
 * (jetty/jetty.project#4641; seen here as 408s for 5 of 1,000 stalled five-byte bodies before a byte was read).
 */
final class BodyBuffer implements Filter {
  private static final String BODY = BodyBuffer.class.getName() + ".body";
  /** A backstop only: the idle timeout and the minimum data rate end a slow body long before this. */
  private static final Duration DEADLINE = Duration.ofMinutes(2);
  /** How long a body may take before the minimum rate applies, so that a pause on either side is not taken for a slow client. */
  private static final long GRACE_NANOS = Duration.ofSeconds(2).toNanos();
  private final int maxBytes;
  private final int uploadBytes;
  private final String uploadPath;
  private final int minBytesPerSecond;
  private final ProblemJson problems;

  /**
   * Bodies up to {@code maxBytes} (up to {@code uploadBytes} for a POST to {@code uploadPath}, the cohort file upload),
   * arriving at {@code minBytesPerSecond} or faster after the grace period (0: any rate).
   */
  BodyBuffer(int maxBytes, int uploadBytes, String uploadPath, int minBytesPerSecond, ProblemJson problems) {
    this.maxBytes = maxBytes;
    this.uploadBytes = Math.max(maxBytes, uploadBytes);
    this.uploadPath = uploadPath;
    this.minBytesPerSecond = minBytesPerSecond;
    this.problems = problems;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    Object body = req.getAttribute(BODY);
    if (body instanceof byte[] bytes) {
      chain.doFilter(new BufferedRequest(req, bytes), res);
    } else if (req.getDispatcherType() != DispatcherType.REQUEST || !hasBody(req)) {
      chain.doFilter(req, res);
    } else if (req.getContentLengthLong() > limit(req)) {
      problems.write(res, 413, "request bodies are limited to " + limit(req) + " bytes", req.getRequestURI(), true);
    } else {
      AsyncContext async = req.startAsync();
      async.setTimeout(DEADLINE.toMillis());
      Reading reading = new Reading(async, req, res);
      async.addListener(reading);
      ServletInputStream in = req.getInputStream();
      in.setReadListener(reading);
    }
  }

  private int limit(HttpServletRequest req) {
    return "POST".equals(req.getMethod()) && uploadPath.equals(req.getRequestURI()) ? uploadBytes : maxBytes;
  }

  private static boolean hasBody(HttpServletRequest req) {
    String encoding = req.getHeader("Transfer-Encoding");
    return req.getContentLengthLong() > 0 || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked"));
  }

  /** One body being read: collects bytes as they arrive, then dispatches the request again, or answers the failure. */
  private final class Reading implements ReadListener, AsyncListener {
    private final AsyncContext async;
    private final HttpServletRequest req;
    private final HttpServletResponse res;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private final AtomicBoolean finished = new AtomicBoolean();
    private final long started = System.nanoTime();

    Reading(AsyncContext async, HttpServletRequest req, HttpServletResponse res) {
      this.async = async;
      this.req = req;
      this.res = res;
    }

    @Override
    public void onDataAvailable() throws IOException {
      ServletInputStream in = req.getInputStream();
      while (in.isReady() && !in.isFinished()) {
        int n = in.read(buffer);
        if (n < 0) return;
        bytes.write(buffer, 0, n);
        if (bytes.size() > limit(req)) {
          answer(413, "request bodies are limited to " + limit(req) + " bytes");
          return;
        }
      }
      long late = System.nanoTime() - started - GRACE_NANOS;
      if (minBytesPerSecond > 0 && late > 0 && bytes.size() < minBytesPerSecond * (late / 1e9)) {
        answer(408, "the request body arrived slower than " + minBytesPerSecond + " bytes a second (" + bytes.size() + " bytes received)");
      }
    }

    @Override
    public void onAllDataRead() {
      if (!finished.compareAndSet(false, true)) return;
      req.setAttribute(BODY, bytes.toByteArray());
      async.dispatch();
    }

    @Override
    public void onError(Throwable t) {
      if (t instanceof BadMessageException bad) {
        answer(bad.getCode(), bad.getReason() == null ? ProblemJson.title(bad.getCode()) : bad.getReason());
      } else if (t instanceof TimeoutException || t.getCause() instanceof TimeoutException) {
        answer(408, "the request body stopped arriving before its end (" + bytes.size() + " bytes received)");
      } else if (t instanceof EOFException || t.getCause() instanceof EOFException) {
        // Jetty reports a malformed chunk the same way as a body cut short.
        long length = req.getContentLengthLong();
        answer(400, length >= 0
            ? "the request body ended before its Content-Length of " + length + " (" + bytes.size() + " bytes received)"
            : "the chunked request body is malformed or ended early (" + bytes.size() + " bytes received)");
      } else {
        answer(400, "the request body could not be read");
      }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      answer(408, "the request body took longer than " + DEADLINE.toSeconds() + " s to arrive");
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
      // nothing to release
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // not restarted
    }

    private void answer(int status, String detail) {
      if (!finished.compareAndSet(false, true)) return;
      try {
        if (!res.isCommitted()) problems.write(res, status, detail, req.getRequestURI(), true);
      } catch (IOException | RuntimeException e) {
        // the client has gone; there is nobody to answer
      } finally {
        async.complete();
      }
    }
  }
}
