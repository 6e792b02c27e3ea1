package io.credpath.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.TaxonomyFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code credpath generate} from a tiny taxonomy: progress and summary, a taxonomy {@code validate} accepts, bad arguments. */
class GenerateCommandTest {
  @TempDir Path dir;
  private Path from;

  @BeforeEach
  void tinyTaxonomy() throws IOException {
    from = new TaxonomyFiles().writeTo(Files.createDirectories(dir.resolve("from")));
  }

  private String run(String command, String... argv) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = Main.run(java.util.stream.Stream.concat(java.util.stream.Stream.of(command), java.util.Arrays.stream(argv))
        .toArray(String[]::new), Map.of(), out, out);
    return code + "\n" + bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void generatesAValidTaxonomyShowingProgressAndTheSameBytesForTheSameSeed() throws IOException {
    String out = run("generate", "--taxonomy", from.toString(), "--credentials", "400", "--seed", "9", "--out", dir.resolve("a").toString());
    assertThat(out).startsWith("0\n").contains("generate: 400 credentials (seed 9)")
        .containsPattern("generate: [0-9,]+ / 400 credentials \\([0-9]+%\\), [0-9.]+ s")
        .contains("generate: 400 / 400 credentials (100%)")
        .containsPattern("generate: done in [0-9.]+ s: 3 shipped credentials kept, 397 synthetic from [0-9,]+ providers");
    assertThat(out.lines().filter(l -> l.matches("generate: [0-9,]+ / 400 credentials .*"))).hasSizeBetween(10, 22);
    assertThat(run("validate", "--taxonomy", dir.resolve("a").toString(), "--rules", "rules")).startsWith("0\n").contains("ok: ");

    run("generate", "--taxonomy", from.toString(), "--credentials", "400", "--seed", "9", "--out", dir.resolve("b").toString());
    assertThat(Files.readAllBytes(dir.resolve("b/credentials.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("a/credentials.jsonl")));
    assertThat(Files.readAllBytes(dir.resolve("b/stacks.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("a/stacks.jsonl")));
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    String out = dir.resolve("out").toString();
    assertThat(run("generate", "--taxonomy", from.toString(), "--out", out)).startsWith("2\n").contains("needs --credentials");
    assertThat(run("generate", "--taxonomy", from.toString(), "--credentials", "10")).startsWith("2\n").contains("needs --out");
    assertThat(run("generate", "--taxonomy", from.toString(), "--credentials", "2.5", "--out", out)).startsWith("2\n")
        .contains("--credentials must be a whole number");
    assertThat(run("generate", "--taxonomy", from.toString(), "--credentials", "2", "--out", out)).startsWith("2\n")
        .contains("--credentials must be at least 3");
    assertThat(run("generate", "--taxonomy", from.toString(), "--credentials", "10", "--seed", "x", "--out", out)).startsWith("2\n")
        .contains("--seed must be a whole number");
    assertThat(run("generate", "--taxonomy", from.toString(), "--credentials", "10", "--out", from.toString())).startsWith("2\n")
        .contains("is the taxonomy it is generated from");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void theScaleBenchReportsLoadIndexHeapPlansAndSearchOnAGeneratedCatalogue() {
    Path generated = dir.resolve("gen");
    assertThat(run("generate", "--taxonomy", from.toString(), "--credentials", "300", "--seed", "2", "--out", generated.toString()))
        .startsWith("0\n");
    String out = run("bench", "scale", "--taxonomy", generated.toString(), "--rules", "rules", "--iterations", "5", "--warmup", "1");
    assertThat(out).startsWith("0\n");
    String latency = "[0-9]+ iterations after [0-9]+ warm-up: median [0-9.]+ ms, p90 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms";
    assertThat(out)
        .containsPattern("bench scale: taxonomy .*gen; [0-9]+ cores, max heap [0-9,]+ MB, load average -?[0-9.]+")
        .contains("  catalogue: 300 credentials, 1 occupations, 2 skills, ")
        .containsPattern("  load \\(read \\+ validate\\): [0-9,]+ ms; fingerprint [0-9,]+ ms")
        .containsPattern("  search index, cold build: [0-9,]+ ms; load \\+ index: [0-9,]+ ms")
        .containsPattern("  search index, reopened unchanged \\(reused\\): [0-9,]+ ms; load \\+ fingerprint \\+ index: [0-9,]+ ms")
        .containsPattern("  heap after load \\(catalogue, index, rules, planner; after a full GC\\): [0-9,]+ MB")
        .contains("  plan-careers: none of its requests' occupations is in this catalogue")
        .containsPattern("  plan \\(1 requests\\): 5 iterations after 1 warm-up: median [0-9.]+ ms, p90 [0-9.]+ ms, p99 [0-9.]+ ms, "
            + "max [0-9.]+ ms; first pass [0-9,]+ ms; not proven optimal: [01] of 1 answers \\([0-9.]+%\\), [0-9]+ of [0-9]+ pathways")
        .containsPattern("  search \\(20 queries\\): " + latency)
        .containsPattern("  heap after the runs \\(after a full GC\\): [0-9,]+ MB; load average -?[0-9.]+");
    assertThat(List.of(out.split("\n"))).noneMatch(l -> l.contains("NOT reused"));
  }
}
