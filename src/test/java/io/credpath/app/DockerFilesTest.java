package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No container engine runs where this project is built, so the image and compose file cannot be started here; this
 * keeps them in step with {@code docker/local-cluster.sh}, which {@code LocalClusterIT} starts: the same port, health
 * path and replica variables (each documented in README's "Configuration"), and the same nginx template.
 */
class DockerFilesTest {
  private static final Path DOCKER = Path.of("docker");
  private final String dockerfile = read("Dockerfile");
  private final String compose = read("compose.yaml");
  private final String script = read("local-cluster.sh");
  private final String nginx = read("nginx.conf");

  private static String read(String name) {
    try {
      return Files.readString(DOCKER.resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException("docker/" + name + " is missing", e);
    }
  }

  @Test
  void theImageListensOnItsPortRunsJavaAsPidOneAsANonRootUserAndChecksReady() {
    String port = one(dockerfile, "(?m)^EXPOSE (\\d+)$");
    assertThat(one(dockerfile, "CREDPATH_PORT=(\\d+)")).isEqualTo(port);
    Matcher health = Pattern.compile("(?m)^\\s+CMD curl -fsS -o /dev/null http://127\\.0\\.0\\.1:(\\d+)(/\\S*) ").matcher(dockerfile);
    assertThat(health.find()).as("HEALTHCHECK ... CMD curl http://127.0.0.1:<port><path>").isTrue();
    assertThat(health.group(1)).isEqualTo(port);
    assertThat(health.group(2)).isEqualTo(one(script, "(?m)^HEALTH_PATH=(\\S+)$")).isEqualTo("/ready");
    assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK ");
    assertThat(one(dockerfile, "(?m)^ENTRYPOINT (.*)$")).as("exec form, so java is PID 1 and gets SIGTERM").startsWith("[\"java\"");
    assertThat(one(dockerfile, "(?m)^CMD (.*)$")).isEqualTo("[\"serve\"]");
    assertThat(one(dockerfile, "(?m)^USER (\\S+)$")).isNotIn("root", "0");
    assertThat(dockerfile).containsPattern("(?m)^COPY taxonomy taxonomy$").containsPattern("(?m)^COPY rules rules$")
        .contains("./mvnw").containsPattern("(?m)^FROM eclipse-temurin:17-jre$");
    assertThat(one(dockerfile, "CREDPATH_HOME=(\\S+)")).isEqualTo(one(dockerfile, "(?m)^WORKDIR (/opt/\\S+)$"));
  }

  @Test
  void composeAndTheScriptGiveTheReplicasTheSameDocumentedVariables() throws IOException {
    Map<String, String> composeEnv = mapping(block(compose, "x-replica", "environment"));
    Set<String> scriptEnv = names(between(script, "env CREDPATH_PORT=", "setsid java"), "(CREDPATH_[A-Z_]+)=");
    scriptEnv.add("CREDPATH_PORT");
    assertThat(new TreeSet<>(composeEnv.keySet())).isEqualTo(new TreeSet<>(scriptEnv));
    Set<String> documented = names(readmeConfiguration(), "`(CREDPATH_[A-Z_]+)`");
    assertThat(documented).containsAll(scriptEnv).containsAll(names(dockerfile, "(CREDPATH_[A-Z_]+)="));
    assertThat(composeEnv.get("CREDPATH_PORT")).isEqualTo("\"" + one(dockerfile, "(?m)^EXPOSE (\\d+)$") + "\"");
    assertThat(composeEnv.get("CREDPATH_MAX_CONNECTIONS_PER_ADDRESS")).isEqualTo("\"0\"");
    assertThat(script).contains("CREDPATH_MAX_CONNECTIONS_PER_ADDRESS=0 ");
  }

  @Test
  void nginxGetsTheSameTemplateAndPortsInComposeAndTheScript() {
    Set<String> variables = names(nginx, "\\$\\{([A-Z_0-9]+)\\}");
    Map<String, String> nginxEnv = mapping(block(compose, "services", "nginx", "environment"));
    assertThat(nginxEnv.keySet()).isEqualTo(variables);
    assertThat(names(script, "s/\\\\\\$\\{([A-Z_0-9]+)\\}/")).as("variables the script fills in").isEqualTo(variables);
    String port = one(dockerfile, "(?m)^EXPOSE (\\d+)$");
    assertThat(nginxEnv.get("CLUSTER_REPLICA_1")).isEqualTo("credpath-1:" + port);
    assertThat(nginxEnv.get("CLUSTER_REPLICA_2")).isEqualTo("credpath-2:" + port);
    assertThat(compose).contains("./nginx.conf:/etc/nginx/templates/default.conf.template:ro");
    assertThat(script).contains("\"$home/docker/nginx.conf\"");
    String published = one(compose, "- \"(\\d+):" + nginxEnv.get("CLUSTER_PROXY_PORT").replace("\"", "") + "\"");
    assertThat(one(script, "CLUSTER_PROXY_PORT:-(\\d+)")).as("the script's nginx port, compose's published one").isEqualTo(published);
    assertThat(block(compose, "services")).as("services").containsSubsequence("  postgres:", "  credpath-1:", "  credpath-2:", "  nginx:");
    assertThat(nginx).contains("proxy_next_upstream error timeout http_502 http_503 non_idempotent;")
        .containsPattern("location ~ \\^/api/v1/\\(gap\\|pathways\\|transitions\\|ladders\\)\\$");
  }

  private static String one(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("/%s/ in the docker files", regex).isTrue();
    return m.group(1).strip();
  }

  private static Set<String> names(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String between(String text, String from, String to) {
    int a = text.indexOf(from);
    int b = text.indexOf(to, a);
    assertThat(a).as("'%s' in the script", from).isNotNegative();
    assertThat(b).as("'%s' after '%s' in the script", to, from).isGreaterThan(a);
    return text.substring(a, b);
  }

  /** The lines nested under {@code path} in a YAML file (keys by indentation; enough for compose.yaml's plain mappings). */
  private static String block(String yaml, String... path) {
    List<String> lines = List.of(yaml.split("\n"));
    int from = 0;
    int indent = -1;
    for (String key : path) {
      int found = -1;
      for (int i = from; i < lines.size(); i++) {
        String l = lines.get(i);
        int in = l.length() - l.stripLeading().length();
        if (i > from && !l.isBlank() && in <= indent) break;
        if (l.stripLeading().startsWith(key + ":") && in > indent) {
          found = i;
          indent = in;
          break;
        }
      }
      assertThat(found).as("compose.yaml has %s", String.join(".", path)).isNotNegative();
      from = found;
    }
    List<String> body = new ArrayList<>();
    for (int i = from + 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.isBlank() && l.length() - l.stripLeading().length() <= indent) break;
      body.add(l);
    }
    return String.join("\n", body);
  }

  /** The {@code KEY: value} lines of a block, first level only, comments left out. */
  private static Map<String, String> mapping(String block) {
    Map<String, String> m = new LinkedHashMap<>();
    int indent = -1;
    for (String l : block.split("\n")) {
      if (l.isBlank() || l.stripLeading().startsWith("#")) continue;
      int in = l.length() - l.stripLeading().length();
      if (indent < 0) indent = in;
      if (in != indent) continue;
      int colon = l.indexOf(':');
      m.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
    }
    return m;
  }

  private static String readmeConfiguration() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("\n## Configuration\n");
    assertThat(start).isNotNegative();
    int end = readme.indexOf("\n## ", start + 5);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
