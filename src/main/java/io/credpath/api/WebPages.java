package io.credpath.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web pages and the partner widget: static files under {@code src/main/resources/web/}, served at {@code /} with a
 * Content-Security-Policy that allows scripts, styles and requests from this origin only (no inline script or style).
 * The policy is scoped to these files, so Swagger UI at {@code /docs}, which needs inline script, keeps working.
 */
final class WebPages {
  /** The policy on every page: same-origin scripts, styles, fetches; images also as data: and blob: URLs (SVG download). */
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

  private WebPages() {}

  /** Serves the {@code web} classpath folder at {@code /} with the policy and no-sniff headers. */
  static void applyTo(JavalinConfig c) {
    c.staticFiles.add(s -> {
      s.hostedPath = "/";
      s.directory = "/web";
      s.location = Location.CLASSPATH;
      // Jetty names no charset for these types by default; the files are UTF-8.
      s.mimeTypes.add("text/html; charset=utf-8", "html");
      s.mimeTypes.add("text/javascript; charset=utf-8", "js");
      s.mimeTypes.add("text/css; charset=utf-8", "css");
      s.headers = Map.of("Content-Security-Policy", POLICY, "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer", "Cache-Control", "no-cache");
    });
  }
}
