package io.credpath.api;

import io.credpath.planner.LadderFinder;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Planning;
import io.credpath.planner.TransitionFinder;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;

/** Gap analysis, pathway planning and career transitions for a learner profile, within the caller's tenant scope. */
final class PlanningController {
  private final Planning planning;
  private final JsonBodies bodies;
  private final PlanRequestReader reader;
  private final ApiMetrics metrics;

  PlanningController(Planning planning, JsonBodies bodies, PlanRequestReader reader, ApiMetrics metrics) {
    this.planning = planning;
    this.bodies = bodies;
    this.reader = reader;
    this.metrics = metrics;
  }

  @OpenApi(path = "/api/v1/gap", methods = HttpMethod.POST, tags = "planning", summary = "The skills a learner lacks for a target occupation",
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = PlanningBodies.Plan.class)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Planning.GapResult.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void gap(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    PlanRequest request = withTenantLanguages(reader.request(bodies.read(ctx), caller.scope().tenant()), caller);
    ctx.json(planning.gap(request, caller.scope()));
  }

  @OpenApi(path = "/api/v1/pathways", methods = HttpMethod.POST, tags = "planning",
      summary = "Ranked, explained, scheduled pathways to a target within a budget",
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = PlanningBodies.Plan.class)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = PlanResult.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void pathways(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    PlanRequest request = withTenantLanguages(reader.request(bodies.read(ctx), caller.scope().tenant()), caller);
    ctx.json(metrics.timePlan(() -> planning.plan(request, caller.scope())));
  }

  @OpenApi(path = "/api/v1/transitions", methods = HttpMethod.POST, tags = "planning",
      summary = "The nearest occupations for a profile (its current job compared with each job), with why each is close, what it adds, gap size, cheapest pathway cost and weeks, job zone and its change",
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = PlanningBodies.Transitions.class)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = TransitionFinder.Transition[].class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void transitions(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    PlanRequestReader.Transitions t = reader.transitions(bodies.read(ctx));
    ctx.json(metrics.timePlan(() -> planning.transitions(t.profile(), t.budget(), caller.scope(), t.limit(), t.includeCatchAll())));
  }

  @OpenApi(path = "/api/v1/ladders", methods = HttpMethod.POST, tags = "planning",
      summary = "Career ladders to a far target: the direct move, why it is far, and ladders through one or two jobs in between, each move with its cheapest pathway within the budget",
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = PlanningBodies.Ladders.class)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = LadderFinder.Answer.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void ladders(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    PlanRequestReader.Ladders l = reader.ladders(bodies.read(ctx));
    ctx.json(metrics.timePlan(() -> planning.ladders(l.profile(), l.target(), l.budget(), caller.scope(), l.limit())));
  }

  /** A request that names no languages takes its tenant's (a Spanish-language partner's learners read Spanish). */
  private static PlanRequest withTenantLanguages(PlanRequest r, Caller caller) {
    if (!r.preferences().languages().isEmpty()) return r;
    return caller.tenant().filter(t -> !t.languages().isEmpty())
        .map(t -> new PlanRequest(r.target(), r.profile(), r.budget(), r.preferences().withLanguages(t.languages()), r.tenant(),
            r.startDate()))
        .orElse(r);
  }
}
