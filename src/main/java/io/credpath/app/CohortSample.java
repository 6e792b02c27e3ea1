package io.credpath.app;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A made-up cohort file drawn from the shipped occupations with a seeded {@link Random}, the same file for the same seed
 * and catalogue: each learner works in an occupation and aims at one its record names as related (any other occupation
 * when it names none), with a few years in their job, 5 to 15 hours a week, and 26 or 52 weeks; no one's own cost limit,
 * so what they can spend is the cohort's shared budget.
 */
record CohortSample(Catalog catalog, long seed) {
  static final String HEADER = "reference,name,current_occupation,target,held_credentials,experience_years,hours_per_week,max_cost,max_weeks";

  /** The file's text: the header and {@code rows} learners. */
  String csv(int rows) {
    List<Occupation> jobs = catalog.occupations().stream().filter(o -> !o.catchAll()).sorted(Comparator.comparing(Occupation::id)).toList();
    if (jobs.size() < 2) throw new ConfigException("the catalogue has too few occupations to draw a cohort from");
    Random r = new Random(seed);
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= rows; i++) {
      Occupation from = jobs.get(r.nextInt(jobs.size()));
      List<String> related = from.related().stream().filter(id -> catalog.findOccupation(id).filter(o -> !o.catchAll()).isPresent()).toList();
      String target = related.isEmpty() ? other(jobs, from, r) : related.get(r.nextInt(related.size()));
      out.append(String.format(java.util.Locale.ROOT, "G-%04d,Learner %d,%s,%s,,%d,%d,,%d%n", i, i, from.id(), target, r.nextInt(11),
          5 + r.nextInt(11), r.nextBoolean() ? 26 : 52));
    }
    return out.toString();
  }

  private static String other(List<Occupation> jobs, Occupation from, Random r) {
    while (true) {
      Occupation o = jobs.get(r.nextInt(jobs.size()));
      if (!o.id().equals(from.id())) return o.id();
    }
  }
}
