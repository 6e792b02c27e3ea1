package io.credpath.api;

import io.credpath.advising.Actor;
import io.credpath.advising.PlanBook;
import io.credpath.advising.Progress;
import io.credpath.advising.StepMark;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Progress on a saved plan's steps (advisor keys, their tenant's plans only): steps marked started, completed or
 * abandoned, whether the learner is behind schedule, and the rest of the plan from today with what is left of the budget.
 */
final class ProgressController {
  private final PlanBook book;
  private final JsonBodies bodies;
  private final AdvisingReader reader;
  private final ApiMetrics metrics;
  private final Clock clock;

  ProgressController(PlanBook book, JsonBodies bodies, AdvisingReader reader, ApiMetrics metrics, Clock clock) {
    this.book = book;
    this.bodies = bodies;
    this.reader = reader;
    this.metrics = metrics;
    this.clock = clock;
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/plans/{planId}/progress", methods = HttpMethod.GET, tags = "advising",
      summary = "Where the learner stands on the plan's leading pathway: each step's status and due date, weeks behind schedule and the new finish date, and the rest planned again from today with what is left of the budget",
      pathParams = {@OpenApiParam(name = "id", required = true), @OpenApiParam(name = "planId", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.ProgressView.class, example = AdvisingExamples.PROGRESS)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void progress(Context ctx) {
    Caller caller = Caller.of(ctx);
    Progress progress = metrics.timePlan(() -> book.progress(actor(caller), ctx.pathParam("id"), ctx.pathParam("planId"), caller.scope()));
    ctx.json(progress);
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/plans/{planId}/progress", methods = HttpMethod.POST, tags = "advising",
      summary = "Mark a step of the plan's leading pathway started, completed (its credential joins the learner's held credentials) or abandoned, and answer the progress that follows; audited as plan.progress",
      pathParams = {@OpenApiParam(name = "id", required = true), @OpenApiParam(name = "planId", required = true)},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdvisingBodies.StepMarkBody.class, example = AdvisingExamples.STEP_MARK)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.ProgressView.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "409", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void mark(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    StepMark mark = reader.stepMark(bodies.read(ctx), LocalDate.now(clock));
    Progress progress = metrics.timePlan(() -> book.mark(actor(caller), ctx.pathParam("id"), ctx.pathParam("planId"), mark, caller.scope()));
    ctx.json(progress);
  }

  private static Actor actor(Caller caller) {
    String tenant = caller.tenant().orElseThrow(() -> ApiProblem.of(403, "Forbidden", "this endpoint needs an advisor API key")).id();
    return new Actor(tenant, caller.key().orElseThrow().id());
  }
}
