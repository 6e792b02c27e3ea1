package io.credpath.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.credpath.catalog.UnknownIdException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.CharConversionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every exception once to an RFC 9457 problem; unexpected ones are logged and answered without details. */
final class ProblemHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);
  private final ProblemJson problems;

  ProblemHandlers(ProblemJson problems) {
    this.problems = problems;
  }

  void register(Javalin app) {
    app.exception(ApiProblem.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      write(ctx, e.status(), e.title(), e.getMessage(), e.errors(), List.of());
    });
    app.exception(UnknownIdException.class, (e, ctx) -> write(ctx, 404, "Not found", e.getMessage(), List.of(), e.suggestions()));
    app.exception(JsonProcessingException.class, (e, ctx) -> write(ctx, 400, "Malformed JSON", brief(e.getOriginalMessage()), List.of(), List.of()));
    app.exception(CharConversionException.class, (e, ctx) -> write(ctx, 400, "Malformed JSON", "the body is not valid UTF-8", List.of(), List.of()));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      String title = status == HttpStatus.UNKNOWN ? "Error" : status.getMessage();
      write(ctx, e.getStatus(), title, e.getStatus() == 404 ? "no such resource: " + ctx.path() : brief(e.getMessage()), List.of(), List.of());
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
      write(ctx, 500, "Internal server error", "the server could not complete the request", List.of(), List.of());
    });
  }

  /** Writes a problem document as the response. */
  void write(Context ctx, int status, String title, String detail, List<FieldError> errors, List<String> suggestions) {
    ProblemBody body = new ProblemBody("about:blank", title, status, detail, ctx.path(), errors, suggestions);
    ctx.status(status).contentType(ProblemJson.CONTENT_TYPE).result(problems.bytes(body));
  }

  private static String brief(String message) {
    if (message == null) return "";
    String oneLine = message.replaceAll("\\s+", " ");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }
}
