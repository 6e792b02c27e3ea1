package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Flags win over environment variables, which win over defaults; bad values name the setting. */
class AppConfigTest {
  @Test
  void flagsWinOverEnvironmentWhichWinsOverDefaults() {
    AppConfig c = AppConfig.from(Map.of("port", "9090"), Map.of("CREDPATH_PORT", "7070", "CREDPATH_DATA_DIR", "/tmp/x"));
    assertThat(c.port()).isEqualTo(9090);
    assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(c.maxBodyBytes()).isEqualTo(64 * 1024);
    assertThat(c.anonymousPlanning()).isFalse();
    assertThat(c.serverLimits()).isEqualTo(io.credpath.api.ServerLimits.defaults());
  }

  @Test
  void badNumbersAndBooleansNameTheSetting() {
    assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("CREDPATH_PORT", "eighty"))).hasMessageContaining("CREDPATH_PORT");
    assertThatThrownBy(() -> AppConfig.from(Map.of("anonymous-read", "maybe"), Map.of())).hasMessageContaining("--anonymous-read");
    assertThatThrownBy(() -> AppConfig.from(Map.of("port", "70000"), Map.of())).hasMessageContaining("port");
    assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("CREDPATH_HOST", "localhost; rm -rf /"))).hasMessageContaining("host must be");
    assertThatThrownBy(() -> AppConfig.from(Map.of("max-threads", "4"), Map.of())).hasMessage("--max-threads must be at least 8, got 4");
    assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("CREDPATH_MAX_CONNECTIONS_PER_ADDRESS", "-1")))
        .hasMessageContaining("CREDPATH_MAX_CONNECTIONS_PER_ADDRESS");
  }

  @Test
  void unknownCommandLineOptionsAreErrorsListingTheKnownOnes() {
    assertThatThrownBy(() -> new Args(List.of("--prot", "1"), Set.of("port"), Set.of())).hasMessageContaining("--prot")
        .hasMessageContaining("--port");
  }

  /** A value other than the default for each flag of the README's table, so that accepting it shows in the config. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("host", "127.0.0.1"), Map.entry("port", "9191"), Map.entry("taxonomy", "/tmp/t"),
      Map.entry("rules", "/tmp/r"), Map.entry("data-dir", "/tmp/d"), Map.entry("db-url", "jdbc:h2:mem:readme"),
      Map.entry("db-user", "u"), Map.entry("db-password", "p"), Map.entry("admin-key", "cp_readme.secret"),
      Map.entry("anonymous-read", "false"), Map.entry("anonymous-planning", "true"), Map.entry("key-rate-limit", "7"),
      Map.entry("address-rate-limit", "9"), Map.entry("max-body-bytes", "2048"), Map.entry("on-disk-index", "false"),
      Map.entry("max-threads", "64"), Map.entry("max-connections", "500"), Map.entry("max-connections-per-address", "0"),
      Map.entry("request-idle-timeout-ms", "2000"), Map.entry("min-request-data-rate", "512"),
      Map.entry("job-heartbeat-seconds", "3"), Map.entry("reload-poll-seconds", "2"));

  /** One row of the README's configuration table: its flags and, in the same order, their environment variables. */
  private record Row(List<String> flags, List<String> variables) {}

  private static List<Row> readmeConfigurationTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("## Configuration");
    assertThat(start).as("README.md has a '## Configuration' section").isNotNegative();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) break;
      if (!line.startsWith("| `--")) continue;
      String[] cells = line.split("\\|");
      rows.add(new Row(matches(cells[1], "`--([a-z-]+)`"), matches(cells[2], "`(CREDPATH_[A-Z_]+)`")));
    }
    return rows;
  }

  private static List<String> matches(String cell, String regex) {
    return Pattern.compile(regex).matcher(cell).results().map(m -> m.group(1)).toList();
  }

  @Test
  void theReadmeListsEveryServeFlagAndNoOther() throws IOException {
    List<String> listed = readmeConfigurationTable().stream().flatMap(r -> r.flags().stream()).toList();
    assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ServeCommand.FLAGS);
  }

  @Test
  void everyServeFlagInTheReadmeIsAcceptedAndSetsItsSetting() throws IOException {
    AppConfig defaults = new ServeCommand(List.of(), Map.of(), System.out).config();
    List<Row> rows = readmeConfigurationTable();
    assertThat(rows).isNotEmpty();
    for (Row row : rows) {
      assertThat(row.variables()).as("environment variables of %s", row.flags()).hasSameSizeAs(row.flags());
      for (int i = 0; i < row.flags().size(); i++) {
        String flag = row.flags().get(i);
        String value = SAMPLES.get(flag);
        assertThat(value).as("a sample value for --%s (add one to SAMPLES)", flag).isNotNull();
        AppConfig byFlag = new ServeCommand(List.of("--" + flag, value), Map.of(), System.out).config();
        assertThat(byFlag).as("--%s %s changes the configuration", flag, value).isNotEqualTo(defaults);
        assertThat(AppConfig.from(Map.of(), Map.of(row.variables().get(i), value)))
            .as("%s=%s sets what --%s does", row.variables().get(i), value, flag).isEqualTo(byFlag);
      }
    }
  }
}
