package io.credpath.catalog.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.TaxonomyLoader;
import io.credpath.graph.PrerequisiteCycles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic catalogue generator on the shipped taxonomy: the same bytes for a seed, a taxonomy the loader accepts,
 * the shipped shape (types, skills per credential and their levels, prices and hours per type, renewal, prerequisites),
 * and prerequisite chains with anyOf and k-of-n groups, never deeper than six.
 */
class SyntheticCatalogueTest {
  private static final Path SHIPPED = Path.of("taxonomy");
  private static Catalog shipped;
  private static String fingerprint;
  /** Two whole rounds of the shipped providers after the kept credentials: the synthetic part has the shipped mix. */
  private static int twoRounds;

  @TempDir Path dir;

  @BeforeAll
  static void loadShipped() {
    TaxonomyLoader loader = new TaxonomyLoader(SHIPPED, PrerequisiteCycles.FINDER);
    shipped = loader.load();
    fingerprint = loader.fingerprint();
    twoRounds = kept() + 2 * shipped.credentials().size();
  }

  private static int kept() {
    return new SyntheticCatalogue(shipped, SHIPPED, fingerprint, 9_999_999, 1).kept();
  }

  private SyntheticCatalogue.Summary generate(Path out, int credentials, long seed) {
    return new SyntheticCatalogue(shipped, SHIPPED, fingerprint, credentials, seed).writeTo(out, (d, t) -> {});
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    generate(dir.resolve("a"), 4_000, 7);
    generate(dir.resolve("b"), 4_000, 7);
    generate(dir.resolve("c"), 4_000, 8);
    for (String file : TaxonomyLoader.FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    assertThat(Files.readAllBytes(dir.resolve("c").resolve("credentials.jsonl")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve("credentials.jsonl")));
  }

  @Test
  void writesATaxonomyTheLoaderAcceptsWithTheShippedOccupationsAndAHeaderSayingItIsSynthetic() throws IOException {
    SyntheticCatalogue.Summary summary = generate(dir, 4_000, 3);
    TaxonomyLoader loader = new TaxonomyLoader(dir, PrerequisiteCycles.FINDER);
    assertThat(loader.validate()).isEmpty();
    Catalog generated = loader.load();
    assertThat(generated.credentials()).hasSize(4_000);
    assertThat(summary.kept() + summary.made()).isEqualTo(4_000);
    for (String file : List.of("skills.jsonl", "occupations.jsonl", "search-stop-words.jsonl")) {
      assertThat(Files.readAllBytes(dir.resolve(file))).isEqualTo(Files.readAllBytes(SHIPPED.resolve(file)));
    }
    // Every credential an occupation names is there as shipped.
    generated.occupations().forEach(o -> o.credentials().forEach(c ->
        assertThat(generated.credential(c)).isEqualTo(shipped.credential(c))));
    JsonNode header = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("credentials.jsonl")).get(0)).path("source").path("synthetic");
    assertThat(header.path("note").asText()).startsWith("SYNTHETIC");
    assertThat(header.path("seed").asLong()).isEqualTo(3);
    assertThat(header.path("generatorVersion").asInt()).isEqualTo(SyntheticCatalogue.VERSION);
    assertThat(header.path("shapedAfter").asText()).contains(fingerprint);
    assertThat(new ObjectMapper().readTree(Files.readAllLines(dir.resolve("stacks.jsonl")).get(0)).path("source").has("synthetic")).isTrue();
    assertThat(generated.credentials().stream().filter(c -> c.source().equals("synthetic"))).hasSize(summary.made());
  }

  @Test
  void theSyntheticCredentialsHaveTheShippedShape() {
    generate(dir, twoRounds, 11);
    Catalog generated = new TaxonomyLoader(dir, PrerequisiteCycles.FINDER).load();
    List<Credential> made = generated.credentials().stream().filter(c -> c.source().equals("synthetic")).toList();
    List<Credential> real = List.copyOf(shipped.credentials());
    assertThat(made).hasSize(2 * real.size());

    // Whole rounds of the shipped providers: the same mix of types, delivery, languages and renewal.
    for (CredentialType type : CredentialType.values()) {
      assertThat(share(made, c -> c.type() == type)).as(type.wireName()).isCloseTo(share(real, c -> c.type() == type), within(0.005));
    }
    assertThat(share(made, c -> c.renewal().isPresent())).isCloseTo(share(real, c -> c.renewal().isPresent()), within(0.005));
    assertThat(share(made, c -> c.language().equals("en"))).isCloseTo(share(real, c -> c.language().equals("en")), within(0.005));
    // Skills per credential and their levels: a few swapped or a level off, so close, not equal.
    assertThat(mean(made, c -> c.skills().size())).isCloseTo(mean(real, c -> c.skills().size()), within(0.1 * mean(real, c -> c.skills().size())));
    assertThat(mean(made, SyntheticCatalogueTest::meanLevel)).isCloseTo(mean(real, SyntheticCatalogueTest::meanLevel), within(0.1));
    // Price and hours per type: the median within a quarter of the shipped one.
    for (CredentialType type : List.of(CredentialType.COURSE, CredentialType.CERTIFICATION, CredentialType.SPECIALIZATION)) {
      double realCost = median(real, type, c -> c.cost().total());
      assertThat(median(made, type, c -> c.cost().total())).as(type + " cost").isCloseTo(realCost, within(0.25 * realCost + 1));
      double realHours = median(real, type, Credential::hours);
      assertThat(median(made, type, Credential::hours)).as(type + " hours").isCloseTo(realHours, within(0.25 * realHours + 1));
    }
    // Prerequisites: about as many credentials ask for others as in the shipped catalogue.
    double realPrereqs = share(real, ShippedShape::asksForCredentials);
    assertThat(share(made, ShippedShape::asksForCredentials)).isCloseTo(realPrereqs, within(0.5 * realPrereqs));
  }

  @Test
  void prerequisitesFormChainsUpToSixDeepWithAnyOfAndKOfNGroups() {
    SyntheticCatalogue.Summary summary = generate(dir, twoRounds, 11);
    Catalog generated = new TaxonomyLoader(dir, PrerequisiteCycles.FINDER).load();
    Map<String, Integer> depths = new HashMap<>();
    int deepest = 0;
    int anyOf = 0;
    int kOfN = 0;
    for (Credential c : generated.credentials()) {
      if (!c.source().equals("synthetic")) continue;
      deepest = Math.max(deepest, depth(generated, c.id(), depths));
      String wire = c.requires().map(r -> r.toWire().toString()).orElse("");
      if (wire.contains("anyOf")) anyOf++;
      if (wire.contains("atLeast")) kOfN++;
    }
    assertThat(deepest).isBetween(4, Retargeting.MAX_DEPTH);
    assertThat(summary.depths().keySet()).allSatisfy(d -> assertThat(d).isBetween(0, Retargeting.MAX_DEPTH));
    assertThat(summary.depths().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(summary.made());
    assertThat(anyOf).isPositive().isLessThanOrEqualTo(summary.anyOf());
    assertThat(kOfN).isPositive();
    assertThat(summary.stacks()).isPositive();
    assertThat(generated.stacks()).hasSize(shipped.stacks().size() + summary.stacks());
  }

  @Test
  void refusesFewerCredentialsThanTheOccupationsName() {
    assertThatThrownBy(() -> new SyntheticCatalogue(shipped, SHIPPED, fingerprint, 100, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--credentials must be at least");
  }

  private static int depth(Catalog catalog, String id, Map<String, Integer> memo) {
    Integer known = memo.get(id);
    if (known != null) return known;
    int d = 0;
    for (String p : catalog.credential(id).requires().map(Requirement::credentialIds).orElse(List.of())) {
      d = Math.max(d, 1 + depth(catalog, p, memo));
    }
    memo.put(id, d);
    return d;
  }

  private static double share(List<Credential> cs, Predicate<Credential> p) {
    return (double) cs.stream().filter(p).count() / cs.size();
  }

  private static double mean(List<Credential> cs, ToDoubleFunction<Credential> f) {
    return cs.stream().mapToDouble(f).average().orElse(0);
  }

  private static double meanLevel(Credential c) {
    return c.skills().stream().mapToInt(s -> s.level()).average().orElse(0);
  }

  private static double median(List<Credential> cs, CredentialType type, ToDoubleFunction<Credential> f) {
    double[] v = cs.stream().filter(c -> c.type() == type && c.cost().known()).mapToDouble(f).sorted().toArray();
    return v.length == 0 ? 0 : v[v.length / 2];
  }
}
