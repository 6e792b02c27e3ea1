package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.advising.ApiKey;
import io.credpath.advising.IssuedKey;
import io.credpath.advising.KeyStore;
import io.credpath.advising.Role;
import io.credpath.advising.Tenant;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Admin-only operations: reload, rule status, API keys and partner tenants. */
final class AdminController {
  private final KeyStore store;
  private final Operations operations;
  private final JsonBodies bodies;
  private final ApiMetrics metrics;

  AdminController(KeyStore store, Operations operations, JsonBodies bodies, ApiMetrics metrics) {
    this.store = store;
    this.operations = operations;
    this.bodies = bodies;
    this.metrics = metrics;
  }

  /** A key-creation request. */
  record NewKey(String role, String tenant, String label) {}

  /** A tenant as sent in PUT (its id comes from the path). */
  record TenantBody(List<String> providers, List<String> credentials, List<String> allowedOrigins, int ratePerMinute,
      List<String> languages) {}

  @OpenApi(path = "/api/v1/admin/reload", methods = HttpMethod.POST, tags = "admin",
      summary = "Reload the taxonomy and rules; new rules go live only once they plan the sample requests without failing. Replicas sharing the database follow within --reload-poll-seconds",
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Operations.RulesStatus.class)),
          @OpenApiResponse(status = "422", content = @OpenApiContent(from = ProblemBody.class))})
  void reload(Context ctx) {
    Operations.RulesStatus status;
    try {
      status = operations.reload();
    } catch (ReloadRejectedException e) {
      metrics.reloaded(false);
      throw e;
    }
    metrics.reloaded(true);
    ctx.json(status);
  }

  @OpenApi(path = "/api/v1/admin/rules", methods = HttpMethod.GET, tags = "admin", summary = "Rule files loaded and the last reload error",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Operations.RulesStatus.class)))
  void rules(Context ctx) {
    ctx.json(operations.rulesStatus());
  }

  @OpenApi(path = "/api/v1/admin/keys", methods = HttpMethod.POST, tags = "admin", summary = "Create an API key (admin; partner or advisor, each for a tenant); the secret is shown only in this response",
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = NewKey.class)),
      responses = @OpenApiResponse(status = "201", content = @OpenApiContent(from = IssuedKey.class)))
  void createKey(Context ctx) throws IOException {
    JsonNode body = bodies.read(ctx);
    BodyFields f = new BodyFields();
    f.checkNames(body, "", Set.of("role", "tenant", "label"));
    Optional<Role> role = f.text(body, "", "role", 20, true).flatMap(Role::fromWire);
    if (body.path("role").isTextual() && role.isEmpty()) f.add("role", "must be admin, partner or advisor");
    Optional<String> tenant = f.text(body, "", "tenant", 63, false);
    String label = f.text(body, "", "label", 200, false).orElse("");
    if (role.isPresent() && role.get().needsTenant() && tenant.isEmpty()) f.add("tenant", "is required for a " + role.get() + " key");
    if (role.isPresent() && role.get() == Role.ADMIN && tenant.isPresent()) f.add("tenant", "must be absent for an admin key");
    if (tenant.isPresent() && store.findTenant(tenant.get()).isEmpty()) f.add("tenant", "no such tenant; create it with PUT /api/v1/admin/tenants/{id}");
    f.throwIfInvalid(422);
    ctx.status(201).json(store.create(role.orElseThrow(), tenant, label));
  }

  @OpenApi(path = "/api/v1/admin/keys", methods = HttpMethod.GET, tags = "admin", summary = "All API keys, without secrets",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiKey[].class)))
  void keys(Context ctx) {
    ctx.json(store.keys());
  }

  @OpenApi(path = "/api/v1/admin/keys/{id}", methods = HttpMethod.DELETE, tags = "admin", summary = "Revoke an API key",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {@OpenApiResponse(status = "204"), @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void revokeKey(Context ctx) {
    String id = ctx.pathParam("id");
    if (!store.revoke(id)) throw ApiProblem.of(404, "Not found", "no active key with id " + (id.length() > 60 ? id.substring(0, 60) : id));
    ctx.status(204);
  }

  @OpenApi(path = "/api/v1/admin/tenants/{id}", methods = HttpMethod.PUT, tags = "admin",
      summary = "Create or replace a tenant: catalogue restriction, allowed CORS origins, rate limit, learners' languages",
      pathParams = @OpenApiParam(name = "id", required = true),
      requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = TenantBody.class)),
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Tenant.class)))
  void putTenant(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    JsonNode body = bodies.read(ctx);
    BodyFields f = new BodyFields();
    f.checkNames(body, "", Set.of("providers", "credentials", "allowedOrigins", "ratePerMinute", "languages"));
    if (!Tenant.validId(id)) f.add("id", "must be 1-63 lowercase letters, digits and '-'");
    List<String> providers = f.strings(body, "", "providers", 1000, 200);
    List<String> credentials = f.strings(body, "", "credentials", 10_000, 200);
    List<String> origins = f.strings(body, "", "allowedOrigins", 50, 200);
    for (String o : origins) if (!o.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) f.add("allowedOrigins", "not an origin: " + o);
    int rate = f.integer(body, "", "ratePerMinute", 1, 100_000, 60);
    List<String> languages = f.strings(body, "", "languages", 20, 10);
    for (String l : languages) if (!l.matches("[A-Za-z]{2,3}")) f.add("languages", "not a language code (two or three letters): " + l);
    f.throwIfInvalid(422);
    ctx.json(store.putTenant(new Tenant(id, Set.copyOf(providers), Set.copyOf(credentials), Set.copyOf(origins), rate,
        languages.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet()))));
  }

  @OpenApi(path = "/api/v1/admin/tenants", methods = HttpMethod.GET, tags = "admin", summary = "All tenants",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Tenant[].class)))
  void tenants(Context ctx) {
    ctx.json(store.tenants());
  }
}
