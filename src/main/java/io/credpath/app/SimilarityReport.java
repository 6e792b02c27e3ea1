package io.credpath.app;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import io.credpath.planner.OccupationSimilarity;
import io.credpath.planner.OccupationSimilarity.Weights;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code credpath bench similarity}: the development evaluation of the nearest-occupation measure. For every occupation
 * with requirements it takes the top 10 of the baseline (cosine of importance x level over all requirements, every
 * occupation a candidate), of the same baseline without catch-all codes and occupations without requirements
 * ("filtered"), and of {@link OccupationSimilarity} (catch-all codes and occupations without requirements left
 * out), and reports the share of suggestions in the same SOC minor group, the share sharing at least 3 and 5 essential
 * ESCO skills through the crosswalk (ESCO's occupation-skill relations, read from the raw data, are not part of the
 * measure), the share of catch-all codes, of moves down a job zone and up two or more, and the most frequent suggestions.
 * With {@code --tune} it first searches the weights (see {@link SimilarityTuning}).
 */
final class SimilarityReport {
  static final int TOP = 10;
  private final Catalog catalog;
  private final OccupationSimilarity measure;
  private final Map<String, Set<String>> esco;
  private final PrintStream out;

  SimilarityReport(Catalog catalog, Path raw, PrintStream out) {
    this.catalog = catalog;
    this.measure = new OccupationSimilarity(catalog, Weights.DEFAULT);
    this.esco = essentialEscoSkills(catalog, raw.resolve("esco").resolve("occupationSkillRelations.csv"));
    this.out = out;
  }

  /** Each O*NET occupation's essential ESCO skills: the union over the ESCO occupations the crosswalk links to it. */
  static Map<String, Set<String>> essentialEscoSkills(Catalog catalog, Path relations) {
    Map<String, Set<String>> byEsco = new HashMap<>();
    try (Stream<String> lines = Files.lines(relations)) {
      lines.skip(1).forEach(l -> {
        String[] f = l.split(",");
        if (f.length >= 4 && f[1].equals("essential")) byEsco.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[3]);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relations + ": " + e.getMessage(), e);
    }
    Map<String, Set<String>> out = new HashMap<>();
    for (Occupation o : catalog.occupations()) {
      Set<String> skills = new HashSet<>();
      o.escoUris().forEach(u -> skills.addAll(byEsco.getOrDefault(u, Set.of())));
      if (!skills.isEmpty()) out.put(o.id(), skills);
    }
    return out;
  }

  int run(boolean tune, List<String> show) {
    List<Occupation> occ = measure.occupations();
    Weights w = Weights.DEFAULT;
    if (tune) w = new SimilarityTuning(measure, esco, out).tune();
    OccupationSimilarity tuned = w.equals(Weights.DEFAULT) ? measure : new OccupationSimilarity(catalog, w);
    List<int[]> baseline = new ArrayList<>();
    List<int[]> filtered = new ArrayList<>();
    List<int[]> mine = new ArrayList<>();
    BaselineCosine cos = new BaselineCosine(occ);
    for (int a = 0; a < occ.size(); a++) {
      if (occ.get(a).requirements().isEmpty()) continue;
      baseline.add(cos.top(a, TOP, b -> true));
      filtered.add(cos.top(a, TOP, b -> OccupationSimilarity.offeredByDefault(occ.get(b))));
      mine.add(tuned.nearest(a, TOP, b -> OccupationSimilarity.offeredByDefault(occ.get(b))).stream().mapToInt(OccupationSimilarity.Neighbour::index).toArray());
    }
    List<Integer> sources = new ArrayList<>();
    for (int a = 0; a < occ.size(); a++) if (!occ.get(a).requirements().isEmpty()) sources.add(a);
    out.printf("weights: %s%n", w);
    out.printf("%-38s %10s %10s %10s%n", "top " + TOP + " over " + sources.size() + " occupations", "baseline", "filtered",
        "measure");
    SimilarityMetrics mb = new SimilarityMetrics(occ, esco, sources, baseline);
    SimilarityMetrics mf = new SimilarityMetrics(occ, esco, sources, filtered);
    SimilarityMetrics mm = new SimilarityMetrics(occ, esco, sources, mine);
    List<SimilarityMetrics> all = List.of(mb, mf, mm);
    row("same SOC minor group", all, SimilarityMetrics::sameMinor);
    row("shares >= 3 essential ESCO skills", all, m -> m.escoShare(3));
    row("shares >= 5 essential ESCO skills", all, m -> m.escoShare(5));
    row("catch-all (\"All Other\") codes", all, SimilarityMetrics::catchAll);
    row("down a job zone", all, m -> m.zone(-9, -1));
    row("same job zone or one up", all, m -> m.zone(0, 1));
    row("up two job zones or more", all, m -> m.zone(2, 9));
    out.printf("%-38s %10s %10s %10s%n", "most frequent suggestion (lists)", mb.mostFrequent(1).get(0).count(),
        mf.mostFrequent(1).get(0).count(), mm.mostFrequent(1).get(0).count());
    out.println("most frequent, baseline: " + mb.mostFrequent(5));
    out.println("most frequent, measure:  " + mm.mostFrequent(5));
    for (String id : show) {
      int a = tuned.indexOf(id).orElseThrow(() -> new ConfigException("unknown occupation " + id));
      out.printf("%s %s:%n", id, occ.get(a).title());
      for (OccupationSimilarity.Neighbour n : tuned.nearest(a, 5, b -> OccupationSimilarity.offeredByDefault(occ.get(b)))) {
        Occupation o = occ.get(n.index());
        out.printf("  %.3f  %s %s (zone %s)%n", n.score(), o.id(), o.title(),
            OccupationSimilarity.zoneChange(occ.get(a), o).stream().mapToObj(d -> (d > 0 ? "+" : "") + d).findFirst().orElse("?"));
      }
    }
    return 0;
  }

  private void row(String name, List<SimilarityMetrics> measures, java.util.function.ToDoubleFunction<SimilarityMetrics> metric) {
    out.printf("%-38s", name);
    measures.forEach(m -> out.printf(" %10.3f", metric.applyAsDouble(m)));
    out.println();
  }
}
