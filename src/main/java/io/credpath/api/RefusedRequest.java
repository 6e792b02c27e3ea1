package io.credpath.api;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.util.Utf8Appendable;

/**
 * What a request Jetty refused before any handler ran got wrong, in words a client's developer can act on. Jetty's own
 * reasons are terse ("No Host") or, for a path it cannot decode, only the generic "Bad Request" with the real cause
 * beneath it ("!hex z"); each known one is reworded here, and any other is passed on as Jetty gave it.
 */
final class RefusedRequest {
  private RefusedRequest() {}

  /** The problem's detail for {@code failure}; {@code headerLimit} is the most bytes the request line and headers may take. */
  static String detail(Throwable failure, int headerLimit) {
    int status = failure instanceof BadMessageException b ? b.getCode() : 400;
    String reason = failure instanceof BadMessageException b ? b.getReason() : failure.getMessage();
    if (status == 414) return "the request URI is longer than the server accepts (" + headerLimit + " bytes for the request line)";
    if (status == 431) return "the request headers are larger than the server accepts (" + headerLimit + " bytes in all)";
    String fromCause = uriProblem(failure.getCause());
    if (fromCause != null) return fromCause;
    if (reason == null || reason.isBlank()) return ProblemJson.title(status);
    return switch (reason) {
      case "No Host" -> "the request has no Host header, which HTTP/1.1 requires";
      case "Unknown Version", "Unsupported Version" -> "the request names an HTTP version the server does not speak (it speaks HTTP/1.0 and HTTP/1.1)";
      case "Invalid Content-Length Value" -> "the Content-Length header is not a whole number of bytes";
      case "Multiple Content-Lengths" -> "the request has more than one Content-Length header";
      case "Mismatched Authority" -> "the host in the request URI is not the one in the Host header";
      case "UTF16 encoding" -> "the request path uses a %u escape, which URIs do not allow; escape each UTF-8 byte as %XX";
      default -> reason.startsWith("Illegal character ")
          ? "the request line or a header holds a character HTTP does not allow there: " + reason.substring("Illegal character ".length())
          : reason;
    };
  }

  /** Jetty's exception beneath a generic "Bad Request" when the request URI does not decode, or null for any other cause. */
  private static String uriProblem(Throwable cause) {
    if (cause instanceof Utf8Appendable.NotUtf8Exception) return "the request URI is not valid UTF-8";
    if (cause == null || cause.getMessage() == null) return null;
    String m = cause.getMessage();
    if (cause instanceof NumberFormatException && m.startsWith("!hex") || m.equals("Bad URI % encoding")) {
      return "the request URI has a % that is not followed by two hexadecimal digits";
    }
    if (m.equals("Illegal character in path")) return "the request path holds %00, an encoded NUL, which no path may hold";
    return null;
  }
}
