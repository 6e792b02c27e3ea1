package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web files over a real server: each one served, as UTF-8, under the page policy; nothing else. */
class WebPagesTest {
  @RegisterExtension
  static final TestApi api = new TestApi();

  @Test
  void everyFileUnderWebIsServedWithThePolicy() throws IOException {
    Path web = Path.of("src", "main", "resources", "web");
    List<String> files;
    try (Stream<Path> walk = Files.walk(web)) {
      files = walk.filter(Files::isRegularFile).map(f -> web.relativize(f).toString().replace('\\', '/')).sorted().toList();
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(WebPages.FILES);
    for (String file : files) {
      String path = switch (file) {
        case "index.html" -> "/";
        case "advisor.html" -> "/advisor";
        default -> "/" + file;
      };
      TestApi.Response r = api.get(path, null);
      assertThat(r.status).as(file).isEqualTo(200);
      assertThat(r.contentType.replace(" ", "")).as(file).endsWith(";charset=utf-8");
      assertThat(r.header("Content-Security-Policy")).as(file).contains(WebPages.POLICY);
      assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.body).isEqualTo(Files.readString(web.resolve(file)));
    }
  }

  @Test
  void thePolicyAllowsNoInlineScriptAndSwaggerUiIsLeftWithoutIt() {
    assertThat(WebPages.POLICY).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    TestApi.Response docs = api.get("/docs", null);
    assertThat(docs.status).isEqualTo(200);
    assertThat(docs.header("Content-Security-Policy")).isEmpty();
  }

  @Test
  void indexHtmlIsTheCareerChangerPage() throws IOException {
    TestApi.Response r = api.get("/index.html", null);
    assertThat(r.status).isEqualTo(200);
    assertThat(r.header("Content-Security-Policy")).contains(WebPages.POLICY);
    assertThat(r.body).isEqualTo(Files.readString(Path.of("src", "main", "resources", "web", "index.html")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/js/nothing.js", "/css/..%2Fjs%2Fapi.js", "/js/%2e%2e/index.html", "/web/widget.js", "/advisor.html"})
  void anyOtherPathIsTheApis404Problem(String path) {
    TestApi.Response r = api.get(path, null);
    assertThat(r.status).isEqualTo(404);
    assertThat(r.contentType).startsWith("application/problem+json");
  }
}
