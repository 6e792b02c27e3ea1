package io.credpath.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages as problem+json instead of HTML: requests Jetty refuses before any handler runs (a garbage
 * request line, a header or URI too long, a bad or duplicate Content-Length, {@code %00} in the path) and errors
 * raised by the servlet container itself.
 *
 * <p>Jetty hands {@link #badMessageError} only a status and a short reason, often the bare "Bad Request" for a path it
 * could not decode. The failure itself reaches the connectors' {@link HttpChannel.Listener}s first, on the same thread
 * and just before ({@code HttpChannel.onBadMessage}), so a listener attached at start keeps its description for it.
 */
final class JettyErrors extends ErrorHandler {
  private final ProblemJson problems;
  private final ThreadLocal<String> refused = new ThreadLocal<>();
  private final HttpChannel.Listener failures = new HttpChannel.Listener() {
    @Override
    public void onRequestFailure(Request request, Throwable failure) {
      refused.set(RefusedRequest.detail(failure, request.getHttpChannel().getHttpConfiguration().getRequestHeaderSize()));
    }

    @Override
    public void onComplete(Request request) {
      refused.remove();
    }
  };

  JettyErrors(ProblemJson problems) {
    this.problems = problems;
  }

  /** Listens on the connectors when this is the server's handler, the one Jetty asks for a refused request's body. */
  @Override
  protected void doStart() throws Exception {
    if (listens()) for (Connector c : getServer().getConnectors()) if (c instanceof AbstractConnector a) a.addBean(failures);
    super.doStart();
  }

  @Override
  protected void doStop() throws Exception {
    if (listens()) for (Connector c : getServer().getConnectors()) if (c instanceof AbstractConnector a) a.removeBean(failures);
    super.doStop();
  }

  private boolean listens() {
    return getServer() != null && getServer().getErrorHandler() == this;
  }

  /** A request Jetty could not parse, with what it got wrong (see {@link RefusedRequest}). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String detail = refused.get();
    refused.remove();
    if (detail == null) detail = reason == null ? ProblemJson.title(status) : reason;
    fields.put(HttpHeader.CONTENT_TYPE, ProblemJson.CONTENT_TYPE);
    return ByteBuffer.wrap(problems.bytes(status, detail, null));
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
