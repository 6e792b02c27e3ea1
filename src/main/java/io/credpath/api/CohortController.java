package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.advising.Actor;
import io.credpath.advising.CohortJob;
import io.credpath.advising.CohortUpload;
import io.credpath.advising.Cohorts;
import io.credpath.advising.NoSuchRecordException;
import io.credpath.search.CatalogQueries;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Cohorts (advisor keys, their tenant's only): uploaded as CSV, planned by a background job, and the job's progress; another
 * tenant's cohort or job answers 404.
 */
final class CohortController {
  /** The largest cohort file accepted: a few thousand learners. */
  static final int MAX_CSV_BYTES = 4 * 1024 * 1024;
  static final String UPLOAD_PATH = "/api/v1/advising/cohorts";
  private final Cohorts cohorts;
  private final CatalogQueries catalog;
  private final JsonBodies bodies;
  private final AdvisingReader reader;

  CohortController(Cohorts cohorts, CatalogQueries catalog, JsonBodies bodies, AdvisingReader reader) {
    this.cohorts = cohorts;
    this.catalog = catalog;
    this.bodies = bodies;
    this.reader = reader;
  }

  @OpenApi(path = UPLOAD_PATH, methods = HttpMethod.POST, tags = "advising",
      summary = "Upload a cohort as CSV (text/csv, UTF-8, at most 4 MiB and 5,000 rows): a header naming the columns reference, name, target (required), current_occupation, held_credentials (ids separated by ;), experience_years, hours_per_week, max_cost, max_weeks; then one learner per row. Rows that read are stored as learners in one transaction; the others are reported by line and column. 422 when the file cannot be read or no row can be kept (nothing is stored)",
      queryParams = {@OpenApiParam(name = "name", description = "the cohort's name (default: cohort of <date>)")},
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(type = "text/csv", example = AdvisingExamples.COHORT_CSV)),
      responses = {@OpenApiResponse(status = "201", content = @OpenApiContent(from = CohortUpload.class, example = AdvisingExamples.COHORT_UPLOAD)),
          @OpenApiResponse(status = "413", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "415", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class, example = AdvisingExamples.COHORT_REFUSED))})
  void upload(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    byte[] csv = csv(ctx);
    QueryParams q = new QueryParams(ctx);
    String name = Optional.ofNullable(ctx.queryParam("name")).map(String::strip).filter(s -> !s.isEmpty()).orElse("cohort of " + LocalDate.now());
    if (name.length() > 200) throw ApiProblem.invalid(400, java.util.List.of(new FieldError("name", "must be at most 200 characters")));
    q.throwIfInvalid();
    CohortUpload upload = cohorts.upload(actor(caller), name, csv, catalog.catalog(), caller.scope());
    ctx.status(201).header("Location", UPLOAD_PATH + "/" + upload.id()).json(upload);
  }

  @OpenApi(path = UPLOAD_PATH + "/{id}", methods = HttpMethod.GET, tags = "advising",
      summary = "A cohort of the tenant: its upload and its members (line, reference, learner id, target)",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = io.credpath.advising.Cohort.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void cohort(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(cohorts.find(tenant(Caller.of(ctx)), id).orElseThrow(() -> new NoSuchRecordException("cohort", id)));
  }

  @OpenApi(path = UPLOAD_PATH + "/{id}/plan", methods = HttpMethod.POST, tags = "advising",
      summary = "Start a background job that plans every member of the cohort toward their target (as a saved plan, from startDate) and answer it (202, Location: its status); while one is queued or running, answers that one",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = AdvisingBodies.CohortPlanBody.class, example = "{\"startDate\":\"2025-09-01\"}")),
      responses = {@OpenApiResponse(status = "202", content = @OpenApiContent(from = CohortJob.class, example = AdvisingExamples.JOB)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void plan(Context ctx) throws IOException {
    Caller caller = Caller.of(ctx);
    Optional<JsonNode> body = ctx.req().getContentLengthLong() > 0 || ctx.header("Content-Type") != null ? Optional.of(bodies.read(ctx)) : Optional.empty();
    CohortJob job = cohorts.plan(actor(caller), ctx.pathParam("id"), reader.cohortPlan(body));
    ctx.status(202).header("Location", "/api/v1/advising/jobs/" + job.id()).json(job);
  }

  @OpenApi(path = "/api/v1/advising/jobs/{id}", methods = HttpMethod.GET, tags = "advising",
      summary = "A background job of the tenant: state (queued, running, done, failed), done / failed / remaining of total, estimated seconds left, why it failed, and the rows that could not be planned with why",
      pathParams = {@OpenApiParam(name = "id", required = true)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = CohortJob.class, example = AdvisingExamples.JOB)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void job(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(cohorts.job(tenant(Caller.of(ctx)), id).orElseThrow(() -> new NoSuchRecordException("job", id)));
  }

  /** The CSV body: 415 unless text/csv (UTF-8), 413 over {@link #MAX_CSV_BYTES}, 422 when empty. */
  private static byte[] csv(Context ctx) throws IOException {
    String type = ctx.header("Content-Type");
    String[] parts = type == null ? new String[] {""} : type.toLowerCase(Locale.ROOT).split(";");
    boolean csv = parts[0].trim().equals("text/csv");
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) csv = false;
    }
    if (!csv) throw ApiProblem.of(415, "Unsupported media type", "send the cohort as text/csv in UTF-8 (Content-Type was "
        + (type == null ? "missing" : type.length() > 100 ? type.substring(0, 100) : type) + ")");
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes(MAX_CSV_BYTES + 1);
    }
    if (bytes.length > MAX_CSV_BYTES) throw ApiProblem.of(413, "Payload too large", "cohort files are limited to " + MAX_CSV_BYTES + " bytes");
    return bytes;
  }

  /** The advisor's tenant id; 403 for a key without a tenant (the access gate lets only advisor keys this far). */
  static String tenant(Caller caller) {
    return caller.tenant().orElseThrow(() -> ApiProblem.of(403, "Forbidden", "this endpoint needs an advisor API key")).id();
  }

  private static Actor actor(Caller caller) {
    return new Actor(tenant(caller), caller.key().orElseThrow().id());
  }
}
