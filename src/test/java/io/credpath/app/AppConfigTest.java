package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    assertThatThrownBy(() -> AppConfig.from(Map.of("max-threads", "4"), Map.of())).hasMessage("--max-threads must be at least 8, got 4");
    assertThatThrownBy(() -> AppConfig.from(Map.of(), Map.of("CREDPATH_MAX_CONNECTIONS_PER_ADDRESS", "-1")))
        .hasMessageContaining("CREDPATH_MAX_CONNECTIONS_PER_ADDRESS");
  }

  @Test
  void unknownCommandLineOptionsAreErrorsListingTheKnownOnes() {
    assertThatThrownBy(() -> new Args(List.of("--prot", "1"), Set.of("port"), Set.of())).hasMessageContaining("--prot")
        .hasMessageContaining("--port");
  }

  @Test
  void everyServeFlagInTheReadmeIsAccepted() {
    new ServeCommand(List.of("--port", "0", "--max-body-bytes", "2048", "--db-user", "u", "--db-password", "p",
        "--anonymous-planning", "true", "--key-rate-limit", "5", "--address-rate-limit", "9", "--max-threads", "64",
        "--max-connections", "500", "--max-connections-per-address", "0", "--request-idle-timeout-ms", "2000",
        "--min-request-data-rate", "512"), Map.of(), System.out);
  }
}
