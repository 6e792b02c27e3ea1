package io.credpath.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/** RFC 9457 problem documents as bytes, for every layer that answers: Javalin's handlers, the body buffer and Jetty. */
final class ProblemJson {
  static final String CONTENT_TYPE = "application/problem+json";
  private final ObjectMapper mapper;

  ProblemJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The document as UTF-8 JSON; a minimal one if the body cannot be serialised. */
  byte[] bytes(ProblemBody body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      return ("{\"title\":\"Internal server error\",\"status\":500}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A problem without field errors or suggestions; {@code instance} may be null when no request line was read. */
  byte[] bytes(int status, String detail, String instance) {
    return bytes(new ProblemBody("about:blank", title(status), status, detail, instance, List.of(), List.of()));
  }

  /** Writes a problem as the whole response; {@code close} ends the connection (its request was not read to the end). */
  void write(HttpServletResponse res, int status, String detail, String instance, boolean close) throws IOException {
    byte[] body = bytes(status, detail, instance);
    res.setStatus(status);
    res.setContentType(CONTENT_TYPE);
    res.setContentLength(body.length);
    if (close) res.setHeader("Connection", "close");
    res.getOutputStream().write(body);
  }

  /** The standard reason phrase of a status, such as "Request Header Fields Too Large". */
  static String title(int status) {
    String message = HttpStatus.getMessage(status);
    return message == null || message.isEmpty() ? "Error" : message;
  }
}
