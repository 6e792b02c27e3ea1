package io.credpath.api;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.UnknownIdException;
import io.credpath.search.CatalogQueries;
import io.credpath.search.Completion;
import io.credpath.search.CredentialQuery;
import io.credpath.search.CredentialResults;
import io.credpath.search.SortOrder;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Catalogue reads: occupations, skills, credentials (search with facets, details) and suggestions. */
final class CatalogController {
  private final CatalogQueries queries;

  CatalogController(CatalogQueries queries) {
    this.queries = queries;
  }

  @OpenApi(path = "/api/v1/occupations", methods = HttpMethod.GET, tags = "catalog", summary = "Search occupations",
      queryParams = {@OpenApiParam(name = "q"), @OpenApiParam(name = "limit", type = Integer.class)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Occupation[].class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ProblemBody.class))})
  void occupations(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    String q = p.text("q", 200);
    int limit = p.integer("limit", 1, 100, 20);
    p.throwIfInvalid();
    ctx.json(queries.occupations(q, limit));
  }

  @OpenApi(path = "/api/v1/occupations/{id}", methods = HttpMethod.GET, tags = "catalog",
      summary = "An occupation with its required skills (level, importance) and related occupations",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = DetailViews.OccupationDetail.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void occupation(Context ctx) {
    Catalog catalog = queries.catalog();
    ctx.json(DetailViews.occupation(catalog, catalog.occupation(ctx.pathParam("id"))));
  }

  @OpenApi(path = "/api/v1/skills", methods = HttpMethod.GET, tags = "catalog", summary = "Search skills",
      queryParams = {@OpenApiParam(name = "q"), @OpenApiParam(name = "limit", type = Integer.class)},
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Skill[].class)))
  void skills(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    String q = p.text("q", 200);
    int limit = p.integer("limit", 1, 100, 20);
    p.throwIfInvalid();
    ctx.json(queries.skills(q, limit));
  }

  @OpenApi(path = "/api/v1/skills/{id}", methods = HttpMethod.GET, tags = "catalog",
      summary = "A skill, the occupations that need it and credentials that teach it",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = DetailViews.SkillDetail.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void skill(Context ctx) {
    Catalog catalog = queries.catalog();
    ctx.json(DetailViews.skill(catalog, catalog.skill(ctx.pathParam("id")), Caller.of(ctx).scope()));
  }

  @OpenApi(path = "/api/v1/credentials", methods = HttpMethod.GET, tags = "catalog", summary = "Search credentials with facet counts",
      queryParams = {@OpenApiParam(name = "q"), @OpenApiParam(name = "type"), @OpenApiParam(name = "provider"),
          @OpenApiParam(name = "delivery"), @OpenApiParam(name = "level", type = Integer.class),
          @OpenApiParam(name = "maxCost", type = Double.class), @OpenApiParam(name = "maxHours", type = Double.class),
          @OpenApiParam(name = "skill"), @OpenApiParam(name = "sort", description = "relevance|cost|hours|rating"),
          @OpenApiParam(name = "page", type = Integer.class), @OpenApiParam(name = "size", type = Integer.class)},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = CredentialResults.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = ProblemBody.class))})
  void credentials(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    String text = p.text("q", 200);
    Set<CredentialType> types = p.values("type", CredentialType::fromWire, "a credential type such as course or certification");
    Set<String> providers = p.values("provider", s -> Optional.of(s).filter(v -> v.length() <= 200), "a provider name");
    Set<Delivery> delivery = p.values("delivery", Delivery::fromWire, "online, in-person or blended");
    Set<Integer> levels = p.values("level", CatalogController::level, "a level 1..5");
    OptionalDouble maxCost = p.decimal("maxCost", 0, 1e9);
    OptionalDouble maxHours = p.decimal("maxHours", 0, 1e6);
    String skill = p.text("skill", 200);
    SortOrder sort = p.values("sort", CatalogController::sort, "relevance, cost, hours or rating").stream().findFirst()
        .orElse(SortOrder.RELEVANCE);
    int page = p.integer("page", 0, 10_000, 0);
    int size = p.integer("size", 1, CredentialQuery.MAX_SIZE, 20);
    if ((long) (page + 1) * size > CredentialQuery.MAX_WINDOW) {
      p.invalid("page", "must not reach past result " + CredentialQuery.MAX_WINDOW + " (page " + page + " of size " + size + ")");
    }
    p.throwIfInvalid();
    ctx.json(queries.credentials(new CredentialQuery(text, types, providers, delivery, levels, Optional.empty(), maxCost, maxHours,
        skill.isEmpty() ? Set.of() : Set.of(skill), Caller.of(ctx).scope(), false, sort, page, size)));
  }

  @OpenApi(path = "/api/v1/credentials/{id}", methods = HttpMethod.GET, tags = "catalog",
      summary = "A credential: cost, hours, weeks, skills, requires/recommends, renewal, stacks, what it prepares for, its "
          + "prerequisite tree and what it unlocks",
      pathParams = @OpenApiParam(name = "id", required = true),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = DetailViews.CredentialDetail.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = ProblemBody.class))})
  void credential(Context ctx) {
    // (the graph and its catalogue from one generation, whatever a reload does meanwhile)
    io.credpath.graph.CredentialGraph graph = queries.graph();
    Catalog catalog = graph.catalog();
    CatalogScope scope = Caller.of(ctx).scope();
    String id = ctx.pathParam("id");
    Credential c = catalog.findCredential(id).filter(scope::allows).orElseThrow(() -> new UnknownIdException("credential", id,
        catalog.findCredential(id).isPresent() ? java.util.List.of() : visibleSuggestions(catalog, id, scope)));
    ctx.json(DetailViews.credential(catalog, graph, c, scope));
  }

  @OpenApi(path = "/api/v1/suggest", methods = HttpMethod.GET, tags = "catalog", summary = "Autocomplete occupations, skills and credentials",
      queryParams = {@OpenApiParam(name = "q", required = true), @OpenApiParam(name = "limit", type = Integer.class)},
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Completion[].class)))
  void suggest(Context ctx) {
    QueryParams p = new QueryParams(ctx);
    String q = p.text("q", 100);
    int limit = p.integer("limit", 1, 50, 10);
    p.throwIfInvalid();
    ctx.json(q.isEmpty() ? java.util.List.of() : queries.suggest(q, Caller.of(ctx).scope(), limit));
  }

  private static java.util.List<String> visibleSuggestions(Catalog catalog, String id, CatalogScope scope) {
    try {
      catalog.credential(id);
      return java.util.List.of();
    } catch (UnknownIdException e) {
      return e.suggestions().stream().filter(s -> catalog.findCredential(s).map(scope::allows).orElse(false)).toList();
    }
  }

  private static Optional<Integer> level(String s) {
    return s.matches("[1-5]") ? Optional.of(Integer.parseInt(s)) : Optional.empty();
  }

  private static Optional<SortOrder> sort(String s) {
    for (SortOrder v : SortOrder.values()) if (v.name().toLowerCase(Locale.ROOT).equals(s)) return Optional.of(v);
    return Optional.empty();
  }
}
