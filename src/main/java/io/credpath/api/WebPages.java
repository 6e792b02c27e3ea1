package io.credpath.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web pages and the partner widget: the files under {@code src/main/resources/web/}, read once at start and served
 * at {@code /} with a Content-Security-Policy that allows scripts, styles and requests from this origin only (no inline
 * script or style). The policy is scoped to these files, so Swagger UI at {@code /docs}, which needs inline script,
 * keeps working. Each file has its own route (not Jetty's resource handler, which answers a path with {@code ..} in
 * it with a 500): any other path is the API's 404 problem.
 */
final class WebPages {
  /** The policy on every page: same-origin scripts, styles, fetches; images also as data: and blob: URLs (SVG download). */
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
  /** Every file served, relative to {@code web/} on the classpath. */
  static final List<String> FILES = List.of("index.html", "advisor.html", "widget.js", "css/planner.css", "js/advisor.js",
      "js/api.js", "js/barchart.js", "js/calendar.js", "js/combobox.js", "js/demand.js", "js/dom.js", "js/learner.js",
      "js/planner.js", "js/prerequisites.js", "js/progress.js", "js/results.js", "js/timeline.js", "js/whatif.js");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Reads every file of {@link #FILES}; a missing one fails start-up. */
  WebPages() {
    for (String name : FILES) {
      try (InputStream in = WebPages.class.getResourceAsStream("/web/" + name)) {
        if (in == null) throw new IllegalStateException("web file missing from the classpath: web/" + name);
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Adds the routes: {@code /} and {@code /index.html} (the career-changer page), {@code /advisor} (the advisor workspace), {@code /widget.js}, {@code /js/*} and {@code /css/*}. */
  void register(Javalin app) {
    app.get("/", ctx -> serve(ctx, "index.html"), Access.OPEN);
    app.get("/index.html", ctx -> serve(ctx, "index.html"), Access.OPEN);
    app.get("/advisor", ctx -> serve(ctx, "advisor.html"), Access.OPEN);
    app.get("/widget.js", ctx -> serve(ctx, "widget.js"), Access.OPEN);
    app.get("/js/{file}", ctx -> serve(ctx, "js/" + ctx.pathParam("file")), Access.OPEN);
    app.get("/css/{file}", ctx -> serve(ctx, "css/" + ctx.pathParam("file")), Access.OPEN);
  }

  private void serve(Context ctx, String name) {
    byte[] body = files.get(name);
    if (body == null) throw ApiProblem.of(404, "Not found", "no such resource: " + ctx.path());
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
    ctx.result(body);
  }
}
