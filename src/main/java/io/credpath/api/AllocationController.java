package io.credpath.api;

import io.credpath.advising.Actor;
import io.credpath.advising.Allocations;
import io.credpath.advising.CohortAllocation;
import io.credpath.advising.DemandCsv;
import io.credpath.advising.DemandReport;
import io.credpath.search.CatalogQueries;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A planned cohort's pathways chosen under a shared budget, and its demand report as JSON and CSV (advisor keys, their
 * tenant's cohorts only; another tenant's cohort or allocation answers 404).
 */
final class AllocationController {
  static final String COHORT = CohortController.UPLOAD_PATH + "/{id}";
  private static final String CSV = "text/csv; charset=utf-8";
  private final Allocations allocations;
  private final CatalogQueries catalog;
  private final JsonBodies bodies;
  private final AllocationReader reader = new AllocationReader();

  AllocationController(Allocations allocations, CatalogQueries catalog, JsonBodies bodies) {
    this.allocations = allocations;
    this.catalog = catalog;
    this.bodies = bodies;
  }

  @OpenApi(path = COHORT + "/allocations", methods = HttpMethod.POST, tags = "advising",
      summary = "Choose each planned member's pathway so that the cohort's total coverage is maximal within a shared budget, seat limits and group discounts (priced at the seats the cohort takes), from the pathways the cohort's latest finished planning job (or `job`) saved for each member, each within the learner's own hours and weeks; stored (201, Location). Exact branch and bound, its work counted, not timed: always exact up to 9 members of up to four pathways each (by counting the whole search tree), and for larger cohorts whenever the bound closes within the work limit (`optimal`); otherwise the best selection found with `upperBound` above it. Never below `alone`: each member's leading pathway in file order, cut when the budget or a seat limit runs out. 409 until a planning job of the cohort has finished",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = AdvisingBodies.AllocationBody.class, example = AdvisingExamples.ALLOCATION_BODY)),
      responses = {@OpenApiResponse(status = "201", content = @OpenApiContent(from = CohortAllocation.class, example = AdvisingExamples.ALLOCATION)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "409", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void allocate(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    AllocationReader.Ask ask = reader.read(bodies.read(ctx), catalog.catalog(), caller.scope());
    CohortAllocation a = allocations.allocate(new Actor(CohortController.tenant(caller), caller.key().orElseThrow().id()), ctx.pathParam("id"), ask.terms(), ask.job());
    ctx.status(201).header("Location", CohortController.UPLOAD_PATH + "/" + a.cohort() + "/allocations/" + a.id()).json(a);
  }

  @OpenApi(path = COHORT + "/allocations/{allocationId}", methods = HttpMethod.GET, tags = "advising",
      summary = "An allocation of the tenant's cohort as stored: terms, totals beside planning each learner alone and cutting, and each member's choice",
      pathParams = {@OpenApiParam(name = "id", required = true), @OpenApiParam(name = "allocationId", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = CohortAllocation.class, example = AdvisingExamples.ALLOCATION)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void allocation(Context ctx) {
    ctx.json(allocations.find(CohortController.tenant(Caller.of(ctx)), ctx.pathParam("id"), ctx.pathParam("allocationId")));
  }

  @OpenApi(path = COHORT + "/demand", methods = HttpMethod.GET, tags = "advising",
      summary = "What the planned cohort needs: credentials (seats, list cost, discount reached, cost after it, by quarter of start, the learners each serves) and gap skills by prevalence; from `allocation` when given, else from each member's leading pathway in the latest finished job. 409 until a planning job has finished",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      queryParams = {@OpenApiParam(name = "allocation", description = "an allocation of this cohort whose choices to count")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = DemandReport.class, example = AdvisingExamples.DEMAND)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "409", content = @OpenApiContent(from = ProblemBody.class))})
  void demand(Context ctx) {
    ctx.json(report(ctx));
  }

  @OpenApi(path = COHORT + "/demand/credentials.csv", methods = HttpMethod.GET, tags = "advising",
      summary = "The demand report's credentials as CSV: a row per credential and quarter of start (seats, percentage off, cost after it, the learners' references separated by ;)",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      queryParams = {@OpenApiParam(name = "allocation", description = "an allocation of this cohort whose choices to count")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "text/csv", example = AdvisingExamples.DEMAND_CREDENTIALS_CSV)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void credentialsCsv(Context ctx) {
    csv(ctx, "credentials", DemandCsv.credentials(report(ctx)));
  }

  @OpenApi(path = COHORT + "/demand/gap-skills.csv", methods = HttpMethod.GET, tags = "advising",
      summary = "The demand report's gap skills as CSV, most prevalent first: learners whose gap holds each, their share of the planned members, and for how many the catalogue can close it",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      queryParams = {@OpenApiParam(name = "allocation", description = "an allocation of this cohort")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(type = "text/csv", example = AdvisingExamples.DEMAND_GAPS_CSV)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void gapSkillsCsv(Context ctx) {
    csv(ctx, "gap-skills", DemandCsv.gapSkills(report(ctx)));
  }

  private DemandReport report(Context ctx) {
    Optional<String> allocation = Optional.ofNullable(ctx.queryParam("allocation")).map(String::strip).filter(s -> !s.isEmpty());
    return allocations.demand(CohortController.tenant(Caller.of(ctx)), ctx.pathParam("id"), allocation);
  }

  private static void csv(Context ctx, String part, String body) {
    String cohort = ctx.pathParam("id").replaceAll("[^A-Za-z0-9_-]", "");
    ctx.contentType(CSV).header("Content-Disposition", "attachment; filename=\"" + cohort + "-" + part + ".csv\"").result(body);
  }
}
