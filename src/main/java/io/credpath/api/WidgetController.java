package io.credpath.api;

import io.credpath.advising.ApiKey;
import io.credpath.advising.KeyStore;
import io.credpath.advising.Tenant;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the partner widget asks when its planning request could not be read: whether this page's origin may use its key.
 * A browser hides a refused cross-origin answer from the page, so the widget could only say "could not be reached"; this
 * answer is readable from any origin ({@code Access-Control-Allow-Origin: *}) and says no more than yes or no about the
 * page's own origin and the key the page already holds. The key comes as the plain-text body (a CORS simple request,
 * so no preflight), never in the URL.
 */
final class WidgetController {
  static final String PATH = "/api/v1/widget/origin-check";
  private static final int MAX_KEY = 200;
  private final KeyStore store;

  WidgetController(KeyStore store) {
    this.store = store;
  }

  /** The answer: the origin as the browser sent it (null without one), whether the key is a live key, and whether its tenant allows the origin. */
  record OriginCheck(String origin, boolean keyAccepted, boolean originAllowed) {}

  @OpenApi(path = PATH, methods = HttpMethod.POST, tags = "widget",
      summary = "For the partner widget: may the calling page's origin use this partner key? The key is the text/plain body; the answer is readable from any origin and holds nothing but the two yes-or-no answers",
      requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(type = "text/plain", example = "cp_partner.0123456789abcdef")),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = OriginCheck.class,
          example = "{\"origin\":\"https://jobs.example\",\"keyAccepted\":true,\"originAllowed\":false}")),
          @OpenApiResponse(status = "429", content = @OpenApiContent(from = ProblemBody.class))})
  void originCheck(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
    String origin = ctx.header("Origin");
    String secret = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8).strip();
    Optional<ApiKey> key = secret.isEmpty() || secret.length() > MAX_KEY ? Optional.empty() : store.authenticate(secret);
    boolean allowed = origin != null && key.flatMap(ApiKey::tenant).flatMap(store::findTenant)
        .map(Tenant::allowedOrigins).map(o -> o.contains(origin)).orElse(false);
    ctx.json(new OriginCheck(origin, key.isPresent(), allowed));
  }
}
