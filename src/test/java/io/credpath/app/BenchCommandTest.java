package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.catalog.TaxonomyFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credpath bench} on a tiny taxonomy: the summary line, the per-request breakdown, and bad arguments. */
class BenchCommandTest {
  @TempDir Path taxonomy;

  private String bench(String... argv) {
    new TaxonomyFiles().writeTo(taxonomy);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> args = new java.util.ArrayList<>(List.of(argv));
    args.addAll(List.of("--taxonomy", taxonomy.toString(), "--rules", "rules"));
    int code = new BenchCommand(args, Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void suggestBreaksTheTimesDownByRequestSlowestFirst() {
    String out = bench("suggest", "--iterations", "40", "--warmup", "0", "--by-request");
    List<String> rows = out.lines().filter(l -> l.startsWith("  \"")).toList();
    assertThat(rows).hasSize(20).allSatisfy(r -> assertThat(r).contains("n=2 median"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("  \"kubernets\""));
    List<Double> p99s = rows.stream().map(r -> Double.parseDouble(r.replaceAll(".*p99 ([0-9.]+) ms.*", "$1"))).toList();
    assertThat(p99s).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(out).containsPattern("bench suggest: 40 iterations after 0 warm-up: median [0-9.]+ ms, p90 [0-9.]+ ms, "
        + "p99 [0-9.]+ ms, max [0-9.]+ ms");
  }

  @Test
  void planRunsWithoutTheBreakdownUnlessAsked() {
    String out = bench("plan", "--iterations", "5", "--warmup", "1");
    assertThat(out).contains("bench plan: 5 iterations after 1 warm-up").doesNotContain("n=");
  }

  @Test
  void transitionsTimesFirstAndRepeatedRequestsAtOneAndFourThreads() {
    String out = bench("transitions", "--iterations", "3", "--warmup", "1");
    for (String line : List.of("1 thread, first request", "1 thread, repeated", "4 threads, first request", "4 threads, repeated")) {
      assertThat(out).containsPattern("bench transitions \\(" + line + "\\): [0-9]+ requests after 1 warm-up: median [0-9.]+ ms, "
          + "p90 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms");
    }
  }

  @Test
  void laddersTimesFirstAndRepeatedRequestsOnTheShippedTaxonomy() {
    // The tiny taxonomy has no job two zones above another, so it says so; the shipped one has many far moves.
    assertThatThrownBy(() -> bench("ladders", "--iterations", "3", "--warmup", "1")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("no job of zone 1 or 2");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(new BenchCommand(List.of("ladders", "--iterations", "3", "--warmup", "1", "--taxonomy", "taxonomy", "--rules",
        "rules"), Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run()).isZero();
    String out = bytes.toString(StandardCharsets.UTF_8);
    for (String line : List.of("first request", "repeated")) {
      assertThat(out).containsPattern("bench ladders \\(" + line + "\\): 3 requests after 1 warm-up: median [0-9.]+ ms, "
          + "p90 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms");
    }
  }

  @Test
  void storeTimesBothAdminWritesOnAFreshEmbeddedStore() {
    String out = bench("store", "--iterations", "5", "--warmup", "1");
    assertThat(out).containsPattern("bench store put-tenant: 5 writes after 1 warm-up: median [0-9.]+ ms, p90 [0-9.]+ ms, "
        + "p99 [0-9.]+ ms, max [0-9.]+ ms").contains("bench store create-key: 5 writes after 1 warm-up");
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> bench()).isInstanceOf(ConfigException.class).hasMessageContaining("plan, plan-careers, search, suggest, transitions, ladders, similarity, store");
    assertThatThrownBy(() -> bench("walk")).isInstanceOf(ConfigException.class).hasMessageContaining("unknown bench 'walk'");
    assertThatThrownBy(() -> bench("suggest", "--iterations", "0")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("--iterations");
  }
}
