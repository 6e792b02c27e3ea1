package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code credpath transitions} on the shipped taxonomy: the nearest jobs with why, and bad arguments. */
class TransitionsCommandTest {
  private String run(String... argv) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of(argv));
    args.addAll(List.of("--taxonomy", "taxonomy", "--rules", "rules"));
    int code = new TransitionsCommand(args, Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anAccountantIsOfferedFinancialWorkWithWhyAndTheZoneChange() throws Exception {
    JsonNode found = new ObjectMapper().readTree(run("--current", "13-2011.00", "--limit", "3", "--json"));
    assertThat(found).hasSize(3);
    for (JsonNode t : found) {
      assertThat(t.path("occupation").asText()).startsWith("13-").isNotEqualTo("13-2011.00");
      assertThat(t.path("why").asText()).contains("Economics and Accounting");
      assertThat(t.path("jobZoneChange").isInt()).isTrue();
    }
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> run()).isInstanceOf(ConfigException.class).hasMessageContaining("--current is required");
    assertThatThrownBy(() -> run("--current", "13-2011.00", "--limit", "0")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("--limit");
  }
}
