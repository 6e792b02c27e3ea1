package io.credpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.advising.KeyStore;
import io.credpath.advising.PlanBook;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import io.javalin.openapi.plugin.swagger.SwaggerPlugin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: builds every route over the given services and key store; {@link #close()} stops it gracefully. */
public final class ApiServer implements AutoCloseable {
  private static final String V1 = "/api/v1";
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private final Javalin app;

  /** A server (not yet started) over {@code services}, authenticating with {@code keys}, timing with {@code clock}. */
  public ApiServer(ApiConfig config, ApiServices services, KeyStore keys, Clock clock, PrometheusMeterRegistry registry) {
    ObjectMapper mapper = ApiJson.mapper();
    ProblemJson problems = new ProblemJson(mapper);
    ApiMetrics metrics = new ApiMetrics(registry);
    JsonBodies bodies = new JsonBodies(mapper, config.maxBodyBytes());
    Cors cors = new Cors(keys);
    Gate gate = new Gate(config, keys, new TokenBuckets(clock), cors);
    CatalogController catalog = new CatalogController(services.catalog());
    PlanRequestReader planRequests = new PlanRequestReader(clock);
    PlanningController planning = new PlanningController(services.planning(), bodies, planRequests, metrics);
    PlanBook book = new PlanBook(services.advising(), services.planning(), new JsonPlanJson(mapper, planRequests), clock);
    AdvisingController advising = new AdvisingController(services.advising(), book, services.catalog(), bodies,
        new AdvisingReader(planRequests), mapper, metrics);
    ProgressController progress = new ProgressController(book, bodies, new AdvisingReader(planRequests), metrics, clock);
    CohortController cohorts = new CohortController(services.cohorts(), services.catalog(), bodies, new AdvisingReader(planRequests));
    AllocationController allocations = new AllocationController(services.cohorts().allocations(), services.catalog(), bodies);
    AdminController admin = new AdminController(keys, services.operations(), bodies, metrics);
    OpsController ops = new OpsController(services.operations(), metrics);
    WidgetController widget = new WidgetController(keys);
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(mapper, false));
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.defaultContentType = "application/json";
      c.requestLogger.http(metrics::request);
      new JettySetup(config, problems).applyTo(c);
      c.registerPlugin(new OpenApiPlugin(o -> o.withDocumentationPath("/openapi.json")
          .withDefinitionConfiguration((version, d) -> d.withInfo(i -> i.title("credpath API").version("1"))
              .withDefinitionProcessor(OpenApiEnums::inWireNames))));
      c.registerPlugin(new SwaggerPlugin(s -> {
        s.setUiPath("/docs");
        s.setDocumentationPath("/openapi.json");
      }));
    });
    new ProblemHandlers(problems, clock).register(app);
    app.before(V1 + "/*", gate::admit);
    app.beforeMatched(gate::authorize);
    app.options(V1 + "/*", cors::preflight, Access.OPEN);
    app.get("/health", ops::health, Access.OPEN);
    app.get("/ready", ops::ready, Access.OPEN);
    app.get("/metrics", ops::metrics, Access.OPEN);
    new WebPages().register(app);
    app.get(V1 + "/occupations", catalog::occupations, Access.READ);
    app.get(V1 + "/occupations/{id}", catalog::occupation, Access.READ);
    app.get(V1 + "/skills", catalog::skills, Access.READ);
    app.get(V1 + "/skills/{id}", catalog::skill, Access.READ);
    app.get(V1 + "/credentials", catalog::credentials, Access.READ);
    app.get(V1 + "/credentials/{id}", catalog::credential, Access.READ);
    app.get(V1 + "/suggest", catalog::suggest, Access.READ);
    app.post(V1 + "/gap", planning::gap, Access.PLAN);
    app.post(V1 + "/pathways", planning::pathways, Access.PLAN);
    app.post(V1 + "/transitions", planning::transitions, Access.PLAN);
    app.post(V1 + "/ladders", planning::ladders, Access.PLAN);
    app.post(V1 + "/advising/learners", advising::createLearner, Access.ADVISE);
    app.get(V1 + "/advising/learners", advising::learners, Access.ADVISE);
    app.get(V1 + "/advising/learners/{id}", advising::learner, Access.ADVISE);
    app.put(V1 + "/advising/learners/{id}", advising::updateLearner, Access.ADVISE);
    app.delete(V1 + "/advising/learners/{id}", advising::deleteLearner, Access.ADVISE);
    app.post(V1 + "/advising/learners/{id}/plans", advising::savePlan, Access.ADVISE);
    app.get(V1 + "/advising/learners/{id}/plans", advising::plans, Access.ADVISE);
    app.get(V1 + "/advising/learners/{id}/plans/{planId}", advising::plan, Access.ADVISE);
    app.post(V1 + "/advising/learners/{id}/plans/{planId}/replan", advising::replan, Access.ADVISE);
    app.post(V1 + "/advising/learners/{id}/what-if", advising::whatIf, Access.ADVISE);
    app.get(V1 + "/advising/learners/{id}/plans/{planId}/progress", progress::progress, Access.ADVISE);
    app.post(V1 + "/advising/learners/{id}/plans/{planId}/progress", progress::mark, Access.ADVISE);
    app.post(CohortController.UPLOAD_PATH, cohorts::upload, Access.ADVISE);
    app.get(CohortController.UPLOAD_PATH + "/{id}", cohorts::cohort, Access.ADVISE);
    app.post(CohortController.UPLOAD_PATH + "/{id}/plan", cohorts::plan, Access.ADVISE);
    app.post(AllocationController.COHORT + "/allocations", allocations::allocate, Access.ADVISE);
    app.get(AllocationController.COHORT + "/allocations/{allocationId}", allocations::allocation, Access.ADVISE);
    app.get(AllocationController.COHORT + "/demand", allocations::demand, Access.ADVISE);
    app.get(AllocationController.COHORT + "/demand/credentials.csv", allocations::credentialsCsv, Access.ADVISE);
    app.get(AllocationController.COHORT + "/demand/gap-skills.csv", allocations::gapSkillsCsv, Access.ADVISE);
    app.get(V1 + "/advising/jobs/{id}", cohorts::job, Access.ADVISE);
    app.get(V1 + "/advising/audit", advising::audit, Access.ADVISE);
    app.post(WidgetController.PATH, widget::originCheck, Access.OPEN);
    app.post(V1 + "/admin/reload", admin::reload, Access.ADMIN);
    app.get(V1 + "/admin/rules", admin::rules, Access.ADMIN);
    app.post(V1 + "/admin/keys", admin::createKey, Access.ADMIN);
    app.get(V1 + "/admin/keys", admin::keys, Access.ADMIN);
    app.delete(V1 + "/admin/keys/{id}", admin::revokeKey, Access.ADMIN);
    app.put(V1 + "/admin/tenants/{id}", admin::putTenant, Access.ADMIN);
    app.get(V1 + "/admin/tenants", admin::tenants, Access.ADMIN);
  }

  /** Saved plans' JSON as this API writes and reads it, for plans saved outside a request (cohort jobs). */
  public static io.credpath.advising.PlanJson planJson(Clock clock) {
    return new JsonPlanJson(ApiJson.mapper(), new PlanRequestReader(clock));
  }

  /** Starts listening on {@code port} (0 picks a free one) on every interface and returns the bound port. */
  public int start(int port) {
    app.start(port);
    return app.port();
  }

  /** Starts listening on {@code host}'s address and {@code port} (0 picks a free one) and returns the bound port. */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  /** Stops accepting requests and lets in-flight ones finish, up to the configured shutdown timeout. */
  @Override
  public void close() {
    try {
      app.stop();
    } catch (RuntimeException e) {
      // Jetty reports a graceful-stop timeout after it has closed the remaining connections; the server is down.
      LOG.warn("graceful stop did not finish within the timeout; remaining connections were closed: {}", e.toString());
    }
  }
}
