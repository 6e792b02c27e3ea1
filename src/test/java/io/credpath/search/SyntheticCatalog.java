package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Cost;
import io.credpath.catalog.CostItem;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Quality;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/** Seeded random catalogues of a chosen size, with word-like titles, for filter/facet checks and the bench. */
final class SyntheticCatalog {
  static final String[] WORDS = {"data", "cloud", "security", "network", "python", "analytics", "design", "project",
      "management", "nursing", "accounting", "marketing", "sales", "welding", "logistics", "kubernetes", "excel",
      "statistics", "machine", "learning", "finance", "writing", "teaching", "electrical", "plumbing", "carpentry",
      "database", "linux", "web", "mobile", "testing", "support", "leadership", "communication", "health", "safety"};
  static final String[] PROVIDERS = {"Coursera", "edX", "Udemy", "Google", "CompTIA", "AWS", "Microsoft", "Cisco",
      "Community College", "LinkedIn Learning"};
  static final String[] LANGUAGES = {"en", "es", "fr"};

  private SyntheticCatalog() {}

  /** A catalogue of the given size drawn from {@code seed}. */
  static Catalog generate(long seed, int credentials, int occupations, int skills) {
    Random r = new Random(seed);
    List<Skill> skillList = new ArrayList<>();
    for (int i = 0; i < skills; i++) {
      String name = cap(word(r)) + " " + cap(word(r)) + (i < WORDS.length ? "" : " " + i);
      skillList.add(new Skill("skill:s" + i, name, r.nextInt(4) == 0 ? List.of("alias" + i) : List.of(), "technology",
          Optional.empty(), List.of()));
    }
    List<Occupation> occupationList = new ArrayList<>();
    for (int i = 0; i < occupations; i++) {
      occupationList.add(new Occupation("occ:" + i, cap(word(r)) + " " + cap(word(r)) + " Specialists " + i,
          List.of(cap(word(r)) + " Technician " + i), "Does " + word(r) + " work.", OptionalInt.of(1 + r.nextInt(5)),
          List.of(), List.of(), List.of()));
    }
    List<Credential> credentialList = new ArrayList<>();
    CredentialType[] types = CredentialType.values();
    Delivery[] deliveries = Delivery.values();
    for (int i = 0; i < credentials; i++) {
      double cost = switch (r.nextInt(6)) {
        case 0 -> 0;
        case 1 -> r.nextInt(50);
        case 2 -> 50 + r.nextInt(150);
        case 3 -> 200 + r.nextInt(300);
        case 4 -> 500 + r.nextInt(2000);
        default -> new double[] {50, 200, 500, 49.99}[r.nextInt(4)];
      };
      List<io.credpath.catalog.TaughtSkill> taught = new ArrayList<>();
      int k = 1 + r.nextInt(3);
      for (int j = 0; j < k && skills > 0; j++) taught.add(io.credpath.catalog.TaughtSkill.of("skill:s" + r.nextInt(skills), 1 + r.nextInt(5)));
      String title = cap(word(r)) + " " + cap(word(r)) + " " + new String[] {"Fundamentals", "Certificate", "Bootcamp", "Essentials"}[r.nextInt(4)];
      credentialList.add(new Credential("cred:" + i, title, types[r.nextInt(types.length)], PROVIDERS[r.nextInt(PROVIDERS.length)],
          "https://example.org/" + i, "Learn " + word(r) + " and " + word(r) + " for your career.",
          cost == 0 ? Cost.free() : new Cost("USD", List.of(new CostItem("tuition", cost))), 1 + r.nextInt(200), 1, 8,
          deliveries[r.nextInt(deliveries.length)], LANGUAGES[r.nextInt(LANGUAGES.length)], 1 + r.nextInt(5),
          r.nextBoolean() ? OptionalDouble.of(1 + r.nextInt(40) / 10.0) : OptionalDouble.empty(),
          dedupe(taught), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Quality.none(), List.of(),
          r.nextInt(20) == 0, Set.of(), "synthetic", List.of(), List.of(), ""));
    }
    return new Catalog(skillList, occupationList, credentialList, List.of(), Map.of(), io.credpath.Fixtures.SEARCH_WORDS);
  }

  private static List<io.credpath.catalog.TaughtSkill> dedupe(List<io.credpath.catalog.TaughtSkill> in) {
    Map<String, io.credpath.catalog.TaughtSkill> m = new java.util.LinkedHashMap<>();
    in.forEach(s -> m.putIfAbsent(s.skill(), s));
    return List.copyOf(m.values());
  }

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
