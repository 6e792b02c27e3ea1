package io.credpath.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.credpath.catalog.UnknownIdException;
import io.credpath.planner.RuleFailedException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.CharConversionException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception once to an RFC 9457 problem. Server-side failures (a rule that throws, anything unexpected)
 * are logged through a {@link FailureLog}, so that one failing on every request is logged once a minute, not each time.
 */
final class ProblemHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);
  private final ProblemJson problems;
  private final FailureLog failures;

  ProblemHandlers(ProblemJson problems, Clock clock) {
    this.problems = problems;
    this.failures = new FailureLog(clock, Duration.ofMinutes(1), (message, e) -> LOG.error(message, e));
  }

  void register(Javalin app) {
    app.exception(ApiProblem.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      write(ctx, e.status(), e.title(), e.getMessage(), e.errors(), e.suggestions());
    });
    app.exception(io.credpath.advising.NoSuchRecordException.class, (e, ctx) -> write(ctx, 404, "Not found", e.getMessage(), List.of(), List.of()));
    app.exception(io.credpath.advising.DuplicateReferenceException.class, (e, ctx) -> write(ctx, 409, "Conflict", e.getMessage(),
        List.of(new FieldError("externalRef", "another learner of this tenant has it")), List.of()));
    app.exception(io.credpath.advising.StepConflictException.class, (e, ctx) -> write(ctx, 409, "Conflict", e.getMessage(),
        List.of(new FieldError("status", e.getMessage())), List.of()));
    app.exception(io.credpath.advising.NotPlannedException.class, (e, ctx) -> write(ctx, 409, "Conflict", e.getMessage(), List.of(), List.of()));
    app.exception(io.credpath.advising.NotAStepException.class, (e, ctx) -> write(ctx, 422, "Unprocessable request", e.getMessage(),
        List.of(new FieldError("credential", e.getMessage())), e.steps()));
    app.exception(io.credpath.advising.CohortFileException.class, (e, ctx) -> write(ctx, 422, "Invalid cohort file", e.getMessage(),
        e.errors().stream().map(c -> new FieldError("line " + c.line() + ", column " + c.column() + (c.field().isEmpty() ? "" : " (" + c.field() + ")"),
            c.message())).toList(), List.of()));
    app.exception(UnknownIdException.class, (e, ctx) -> write(ctx, 404, "Not found", e.getMessage(), List.of(), e.suggestions()));
    app.exception(io.credpath.planner.AmbiguousTargetException.class, (e, ctx) -> write(ctx, 422, "Ambiguous occupation",
        e.getMessage() + "; send one of their ids", List.of(), e.choices().stream().map(c -> c.id()).toList()));
    app.exception(JsonProcessingException.class, (e, ctx) -> write(ctx, 400, "Malformed JSON", brief(e.getOriginalMessage()), List.of(), List.of()));
    app.exception(CharConversionException.class, (e, ctx) -> write(ctx, 400, "Malformed JSON", "the body is not valid UTF-8", List.of(), List.of()));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      String title = status == HttpStatus.UNKNOWN ? "Error" : status.getMessage();
      write(ctx, e.getStatus(), title, e.getStatus() == 404 ? "no such resource: " + ctx.path() : brief(e.getMessage()), List.of(), List.of());
    });
    app.exception(ReloadRejectedException.class, (e, ctx) -> write(ctx, new ProblemBody("about:blank", "Reload rejected", 422,
        "the new taxonomy or rules were rejected: " + e.getMessage(), ctx.path(), List.of(), List.of(), e.problems(), null)));
    app.exception(RuleFailedException.class, (e, ctx) -> {
      failures.failed("rule " + e.rule() + ": " + e.failure(), "rule failed on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage(), e);
      write(ctx, new ProblemBody("about:blank", "Rule failed", 500, e.getMessage() + "; the request was fine, the planning rules "
          + "need fixing", ctx.path(), List.of(), List.of(), List.of(), e.rule()));
    });
    app.exception(Exception.class, (e, ctx) -> {
      StackTraceElement[] at = e.getStackTrace();
      failures.failed(e.getClass().getName() + ": " + e.getMessage() + (at.length == 0 ? "" : " at " + at[0]),
          "unhandled error on " + ctx.method() + " " + ctx.path(), e);
      write(ctx, 500, "Internal server error", "the server could not complete the request", List.of(), List.of());
    });
  }

  /** Writes a problem document as the response. */
  void write(Context ctx, int status, String title, String detail, List<FieldError> errors, List<String> suggestions) {
    write(ctx, new ProblemBody("about:blank", title, status, detail, ctx.path(), errors, suggestions));
  }

  private void write(Context ctx, ProblemBody body) {
    ctx.status(body.status()).contentType(ProblemJson.CONTENT_TYPE).result(problems.bytes(body));
  }

  private static String brief(String message) {
    if (message == null) return "";
    String oneLine = message.replaceAll("\\s+", " ");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
  }
}
