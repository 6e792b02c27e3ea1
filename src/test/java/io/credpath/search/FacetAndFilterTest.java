package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.SkillLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Filters and facet counts checked against counts computed by streaming the catalogue. */
class FacetAndFilterTest {
  static Catalog catalog;
  static CatalogIndex index;

  @BeforeAll
  static void open() {
    catalog = SyntheticCatalog.generate(7, 600, 20, 60);
    index = CatalogIndex.open(catalog, Optional.empty());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 30).mapToObj(i -> 1000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void filtersAndFacetsAgreeWithStreamingTheCatalogue(long seed) {
    Random r = new Random(seed);
    CredentialQuery.Builder b = CredentialQuery.text("").page(0, 100);
    List<java.util.function.Predicate<Credential>> keep = new ArrayList<>();
    if (r.nextBoolean()) {
      CredentialType[] ts = pick(r, CredentialType.values(), 1 + r.nextInt(3)).toArray(CredentialType[]::new);
      b.types(ts);
      keep.add(c -> Set.of(ts).contains(c.type()));
    }
    if (r.nextBoolean()) {
      String[] ps = pick(r, SyntheticCatalog.PROVIDERS, 1 + r.nextInt(3)).stream()
          .map(p -> r.nextBoolean() ? p.toUpperCase() : p).toArray(String[]::new);
      b.providers(ps);
      Set<String> lower = Stream.of(ps).map(String::toLowerCase).collect(Collectors.toSet());
      keep.add(c -> lower.contains(c.provider().toLowerCase()));
    }
    if (r.nextInt(3) == 0) {
      Delivery d = Delivery.values()[r.nextInt(3)];
      b.deliveries(d);
      keep.add(c -> c.delivery() == d);
    }
    if (r.nextBoolean()) {
      Integer[] ls = pick(r, new Integer[] {1, 2, 3, 4, 5}, 1 + r.nextInt(3)).toArray(Integer[]::new);
      b.levels(ls);
      keep.add(c -> Set.of(ls).contains(c.level()));
    }
    if (r.nextInt(3) == 0) {
      String l = SyntheticCatalog.LANGUAGES[r.nextInt(3)];
      b.language(l);
      keep.add(c -> c.language().equals(l));
    }
    if (r.nextBoolean()) {
      double max = new double[] {0, 49.99, 50, 200, 500, 1000}[r.nextInt(6)];
      b.maxCost(max);
      keep.add(c -> c.cost().total() <= max);
    }
    if (r.nextBoolean()) {
      double max = 20 + r.nextInt(150);
      b.maxHours(max);
      keep.add(c -> c.hours() <= max);
    }
    if (r.nextInt(3) == 0) {
      String s = "skill:s" + r.nextInt(60);
      b.skills(s);
      keep.add(c -> c.skills().stream().map(io.credpath.catalog.TaughtSkill::skill).anyMatch(s::equals));
    }
    boolean retired = r.nextInt(4) == 0;
    b.includeRetired(retired);
    if (!retired) keep.add(c -> !c.retired());
    if (r.nextInt(4) == 0) {
      Set<String> ids = catalog.credentials().stream().filter(c -> r.nextInt(3) == 0).map(Credential::id).collect(Collectors.toSet());
      b.scope(new CatalogScope(Optional.empty(), Set.of("UDEMY"), ids));
      keep.add(c -> ids.contains(c.id()) || c.provider().equalsIgnoreCase("Udemy"));
    }
    SortOrder sort = SortOrder.values()[r.nextInt(4)];
    b.sort(sort);

    List<Credential> expected = catalog.credentials().stream().filter(c -> keep.stream().allMatch(k -> k.test(c))).toList();
    List<Credential> pages = new ArrayList<>();
    CredentialResults first = new CredentialSearch(index).search(b.build());
    assertThat(first.total()).isEqualTo(expected.size());
    for (int page = 0; page * 100 < expected.size(); page++) {
      new CredentialSearch(index).search(b.page(page, 100).build()).hits()
          .forEach(h -> pages.add(catalog.credential(h.id())));
    }
    assertThat(pages).extracting(Credential::id).containsExactlyInAnyOrderElementsOf(expected.stream().map(Credential::id).toList());
    assertSorted(pages, sort);
    assertThat(first.counts("type")).isEqualTo(count(expected, c -> c.type().wireName()));
    assertThat(first.counts("provider")).isEqualTo(count(expected, Credential::provider));
    assertThat(first.counts("delivery")).isEqualTo(count(expected, c -> c.delivery().wireName()));
    assertThat(first.counts("level")).isEqualTo(count(expected, c -> Integer.toString(c.level())));
    assertThat(first.counts("cost")).isEqualTo(count(expected, c -> band(c.cost().total())));
  }

  private static void assertSorted(List<Credential> pages, SortOrder sort) {
    for (int i = 1; i < pages.size(); i++) {
      Credential a = pages.get(i - 1);
      Credential c = pages.get(i);
      switch (sort) {
        case COST -> assertThat(a.cost().total()).isLessThanOrEqualTo(c.cost().total());
        case HOURS -> assertThat(a.hours()).isLessThanOrEqualTo(c.hours());
        case RATING -> assertThat(rating(a.rating())).isGreaterThanOrEqualTo(rating(c.rating()));
        case RELEVANCE -> assertThat(a.id()).isLessThan(c.id());
      }
    }
  }

  private static double rating(OptionalDouble r) {
    return r.orElse(Double.NEGATIVE_INFINITY);
  }

  static String band(double cost) {
    if (cost == 0) return "free";
    if (cost < 50) return "under-50";
    if (cost < 200) return "50-200";
    if (cost < 500) return "200-500";
    return "500+";
  }

  private static Map<String, Long> count(List<Credential> cs, Function<Credential, String> key) {
    return new TreeMap<>(cs.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
  }

  private static <T> List<T> pick(Random r, T[] from, int n) {
    Set<T> out = new HashSet<>();
    while (out.size() < Math.min(n, from.length)) out.add(from[r.nextInt(from.length)]);
    return new ArrayList<>(out);
  }
}
