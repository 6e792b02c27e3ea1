package io.credpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credpath.advising.Actor;
import io.credpath.advising.AdvisingStore;
import io.credpath.advising.AuditEntry;
import io.credpath.advising.Learner;
import io.credpath.advising.NoSuchRecordException;
import io.credpath.advising.PlanBook;
import io.credpath.advising.Replan;
import io.credpath.advising.SavedPlan;
import io.credpath.advising.Tenant;
import io.credpath.advising.WhatIf;
import io.credpath.search.CatalogQueries;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.util.Set;

/**
 * An advisor's learners, saved plans, re-plans, what-ifs and audit trail, all within the advisor key's tenant (the
 * routes are {@link Access#ADVISE}); another tenant's record answers 404, as one that does not exist.
 */
final class AdvisingController {
  private final AdvisingStore store;
  private final PlanBook book;
  private final CatalogQueries catalog;
  private final JsonBodies bodies;
  private final AdvisingReader reader;
  private final ObjectMapper mapper;
  private final ApiMetrics metrics;

  AdvisingController(AdvisingStore store, PlanBook book, CatalogQueries catalog, JsonBodies bodies, AdvisingReader reader,
      ObjectMapper mapper, ApiMetrics metrics) {
    this.store = store;
    this.book = book;
    this.catalog = catalog;
    this.bodies = bodies;
    this.reader = reader;
    this.mapper = mapper;
    this.metrics = metrics;
  }

  @OpenApi(path = "/api/v1/advising/learners", methods = HttpMethod.POST, tags = "advising",
      summary = "Create a learner of the advisor's tenant; ids are checked against the served catalogue",
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdvisingBodies.LearnerBody.class, example = AdvisingExamples.LEARNER)),
      responses = {@OpenApiResponse(status = "201", content = @OpenApiContent(from = AdvisingBodies.LearnerView.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void createLearner(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    Learner learner = store.createLearner(actor(caller), reader.learner(bodies.read(ctx), catalog.catalog(), caller.scope()));
    ctx.status(201).header("Location", ctx.path() + "/" + learner.id()).json(learner);
  }

  @OpenApi(path = "/api/v1/advising/learners", methods = HttpMethod.GET, tags = "advising",
      summary = "The tenant's learners, oldest first",
      queryParams = {@OpenApiParam(name = "offset", type = Integer.class, description = "learners to skip (default 0)"), @OpenApiParam(name = "limit", type = Integer.class, description = "1..500, default 100")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.LearnerView[].class))})
  void learners(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    int offset = q.integer("offset", 0, 1_000_000, 0);
    int limit = q.integer("limit", 1, 500, 100);
    q.throwIfInvalid();
    ctx.json(store.learners(tenant(ctx), offset, limit));
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}", methods = HttpMethod.GET, tags = "advising",
      summary = "One learner of the tenant (404 for another tenant's)",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.LearnerView.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void learner(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.findLearner(tenant(ctx), id).orElseThrow(() -> new NoSuchRecordException("learner", id)));
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}", methods = HttpMethod.PUT, tags = "advising",
      summary = "Replace a learner's record",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdvisingBodies.LearnerBody.class, example = AdvisingExamples.LEARNER)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.LearnerView.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void updateLearner(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    ctx.json(store.updateLearner(actor(caller), ctx.pathParam("id"), reader.learner(bodies.read(ctx), catalog.catalog(), caller.scope())));
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}", methods = HttpMethod.DELETE, tags = "advising",
      summary = "Delete a learner and their saved plans (the audit trail keeps the ids)",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      responses = {@OpenApiResponse(status = "204"),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void deleteLearner(Context ctx) {
    store.deleteLearner(actor(Caller.of(ctx)), ctx.pathParam("id"));
    ctx.status(204);
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/plans", methods = HttpMethod.POST, tags = "advising",
      summary = "Plan the learner toward a target as POST /api/v1/pathways does (their profile and budget) and save the request, the whole answer, and the taxonomy fingerprint and rules version it was computed with",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdvisingBodies.SavePlanBody.class, example = AdvisingExamples.SAVE_PLAN)),
      responses = {@OpenApiResponse(status = "201", content = @OpenApiContent(from = AdvisingBodies.SavedPlanView.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void savePlan(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    io.credpath.advising.PlanAsk ask = reader.plan(bodies.read(ctx), languages(caller));
    SavedPlan plan = metrics.timePlan(() -> book.save(actor(caller), ctx.pathParam("id"), ask, caller.scope()));
    ctx.status(201).header("Location", ctx.path() + "/" + plan.id()).json(view(plan));
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/plans", methods = HttpMethod.GET, tags = "advising",
      summary = "The learner's saved plans, newest first, without their requests and answers",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = io.credpath.advising.SavedPlan.Summary[].class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void plans(Context ctx) {
    ctx.json(store.plans(tenant(ctx), ctx.pathParam("id")));
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/plans/{planId}", methods = HttpMethod.GET, tags = "advising",
      summary = "A saved plan exactly as the learner was told it",
      pathParams = {@OpenApiParam(name = "id", required = true), @OpenApiParam(name = "planId", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.SavedPlanView.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void plan(Context ctx) {
    ctx.json(view(book.find(actor(Caller.of(ctx)), ctx.pathParam("id"), ctx.pathParam("planId"))));
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/plans/{planId}/replan", methods = HttpMethod.POST, tags = "advising",
      summary = "Compute a saved plan again from today on today's catalogue and rules: steps added and removed, prices, cost, hours and weeks changed, and why; the saved plan stays as told",
      pathParams = {@OpenApiParam(name = "id", required = true), @OpenApiParam(name = "planId", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = io.credpath.advising.Replan.class, example = AdvisingExamples.REPLAN)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void replan(Context ctx) {
    Caller caller = Caller.of(ctx);
    Replan replan = metrics.timePlan(() -> book.replan(actor(caller), ctx.pathParam("id"), ctx.pathParam("planId"), caller.scope()));
    ctx.json(replan);
  }

  @OpenApi(path = "/api/v1/advising/learners/{id}/what-if", methods = HttpMethod.POST, tags = "advising",
      summary = "The learner planned under 2-5 scenarios side by side: another target, more budget, more hours a week, a credential held in addition",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdvisingBodies.WhatIfBody.class, example = AdvisingExamples.WHAT_IF)),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = AdvisingBodies.WhatIfView.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void whatIf(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    AdvisingReader.WhatIfAsk ask = reader.whatIf(bodies.read(ctx), catalog.catalog(), caller.scope(), languages(caller));
    WhatIf answer = metrics.timePlan(() -> book.whatIf(actor(caller), ctx.pathParam("id"), ask.base(), ask.scenarios(), caller.scope()));
    ctx.json(answer);
  }

  @OpenApi(path = "/api/v1/advising/audit", methods = HttpMethod.GET, tags = "advising",
      summary = "The tenant's audit trail of advising writes (who, when, what), newest first",
      queryParams = {@OpenApiParam(name = "before", type = Integer.class, description = "only entries older than this seq"), @OpenApiParam(name = "limit", type = Integer.class, description = "1..1000, default 100")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = io.credpath.advising.AuditEntry[].class, example = AdvisingExamples.AUDIT))})
  void audit(Context ctx) {
    QueryParams q = new QueryParams(ctx);
    long before = q.integer("before", 1, Integer.MAX_VALUE, Integer.MAX_VALUE);
    int limit = q.integer("limit", 1, 1000, 100);
    q.throwIfInvalid();
    java.util.List<AuditEntry> entries = store.audit(tenant(ctx), before == Integer.MAX_VALUE ? Long.MAX_VALUE : before, limit);
    ctx.json(entries);
  }

  /** A saved plan with its request and answer as the JSON they were saved as, not as strings. */
  private ObjectNode view(SavedPlan plan) {
    ObjectNode node = mapper.valueToTree(plan.summary());
    try {
      node.set("request", mapper.readTree(plan.request()));
      node.set("response", mapper.readTree(plan.response()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("saved plan " + plan.id() + " holds malformed JSON", e);
    }
    return node;
  }

  private static Set<String> languages(Caller caller) {
    return caller.tenant().map(Tenant::languages).orElse(Set.of());
  }

  /** The advisor's tenant; {@link Gate} admits only advisor keys, which always have one. */
  private static String tenant(Context ctx) {
    return Caller.of(ctx).tenant().orElseThrow(() -> ApiProblem.of(403, "Forbidden", "this endpoint needs an advisor API key")).id();
  }

  private static Actor actor(Caller caller) {
    String tenant = caller.tenant().orElseThrow(() -> ApiProblem.of(403, "Forbidden", "this endpoint needs an advisor API key")).id();
    return new Actor(tenant, caller.key().orElseThrow().id());
  }
}
