package io.credpath.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages as problem+json instead of HTML: requests Jetty refuses before any handler runs (a garbage
 * request line, a header or URI too long, a bad or duplicate Content-Length, {@code %00} in the path) and errors
 * raised by the servlet container itself.
 */
final class JettyErrors extends ErrorHandler {
  private final ProblemJson problems;

  JettyErrors(ProblemJson problems) {
    this.problems = problems;
  }

  /** A request Jetty could not parse: the reason is Jetty's own short text, such as "Multiple Content-Lengths". */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, ProblemJson.CONTENT_TYPE);
    return ByteBuffer.wrap(problems.bytes(status, reason == null ? ProblemJson.title(status) : reason, null));
  }

  /** An error raised inside the container, with whatever message it gave. */
  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
    baseRequest.setHandled(true);
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    int status = response.getStatus();
    String detail = message instanceof String s && !s.isBlank() && !s.equals(ProblemJson.title(status)) ? s : ProblemJson.title(status);
    problems.write(response, status, detail, request.getRequestURI(), false);
  }
}
