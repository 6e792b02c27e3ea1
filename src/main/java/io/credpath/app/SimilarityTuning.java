package io.credpath.app;

import io.credpath.catalog.Occupation;
import io.credpath.planner.OccupationSimilarity;
import io.credpath.planner.OccupationSimilarity.Weights;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Chooses the weights of {@link OccupationSimilarity} on two signals of the data, in three steps, so that no step is
 * judged by a signal its own weights put into the measure:
 * <ol>
 *   <li>the five content weights (a grid in steps of 0.1 summing to 1, without family bonus or zone penalties), by the
 *       sum of the share of top-10 suggestions in the same SOC minor group and the share sharing at least 3 essential
 *       ESCO skills: the content parts know neither;</li>
 *   <li>the SOC family bonus, by the ESCO share alone (the family bonus would trivially raise the SOC share);</li>
 *   <li>the job zone and education penalties, the largest (down first, then up, then education) that cost at most
 *       {@value #ZONE_TOLERANCE} of the ESCO share: direction is the product's policy (moving down is rarely wanted), and
 *       the data only bounds how hard it may push.</li>
 * </ol>
 */
final class SimilarityTuning {
  static final double ZONE_TOLERANCE = 0.005;
  private static final double[] FAMILY = {0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3};
  private static final double[] ZONE = {0, 0.02, 0.04, 0.06, 0.08, 0.12, 0.16, 0.2, 0.3};
  private final OccupationSimilarity measure;
  private final Map<String, Set<String>> esco;
  private final PrintStream out;
  private final List<Occupation> occ;
  private final int n;
  private final float[][] parts;
  private final float[] family;
  private final byte[] zone;
  private final byte[] education;
  private final List<Integer> sources = new ArrayList<>();
  private final boolean[] offered;

  SimilarityTuning(OccupationSimilarity measure, Map<String, Set<String>> esco, PrintStream out) {
    this.measure = measure;
    this.esco = esco;
    this.out = out;
    this.occ = measure.occupations();
    this.n = occ.size();
    int p = OccupationSimilarity.PARTS.size();
    parts = new float[p][n * n];
    family = new float[n * n];
    zone = new byte[n * n];
    education = new byte[n * n];
    offered = new boolean[n];
    for (int a = 0; a < n; a++) {
      offered[a] = OccupationSimilarity.offeredByDefault(occ.get(a));
      if (!occ.get(a).requirements().isEmpty()) sources.add(a);
      for (int b = 0; b < n; b++) {
        for (int k = 0; k < p; k++) parts[k][a * n + b] = measure.part(k, a, b).map(Double::floatValue).orElse(Float.NaN);
        family[a * n + b] = (float) OccupationSimilarity.family(occ.get(a).id(), occ.get(b).id());
        OptionalInt dz = OccupationSimilarity.zoneChange(occ.get(a), occ.get(b));
        zone[a * n + b] = (byte) dz.orElse(0);
        education[a * n + b] = (byte) OccupationSimilarity.educationChange(occ.get(a), occ.get(b)).orElse(0);
      }
    }
  }

  Weights tune() {
    Weights best = null;
    double bestScore = -1;
    int steps = 10;
    for (int s = 1; s <= steps; s++) {
      for (int t = 0; t <= steps - s; t++) {
        for (int d = 0; d <= steps - s - t; d++) {
          for (int i = 0; i <= steps - s - t - d; i++) {
            int r = steps - s - t - d - i;
            Weights w = new Weights(s / 10.0, t / 10.0, d / 10.0, i / 10.0, r / 10.0, 0, 0, 0, 0);
            SimilarityMetrics m = metrics(w);
            double score = m.sameMinor() + m.escoShare(3);
            if (score > bestScore + 1e-9) {
              bestScore = score;
              best = w;
            }
          }
        }
      }
    }
    out.printf("tune content: %s  minor+esco3 = %.4f%n", best, bestScore);
    double bestEsco = -1;
    Weights withFamily = best;
    for (double f : FAMILY) {
      Weights w = new Weights(best.skills(), best.tools(), best.activities(), best.workAreas(), best.interests(), f, 0, 0, 0);
      double e = metrics(w).escoShare(3);
      out.printf("tune family %.3f: esco3 = %.4f, minor = %.4f%n", f, e, metrics(w).sameMinor());
      if (e > bestEsco + 1e-9) {
        bestEsco = e;
        withFamily = w;
      }
    }
    Weights chosen = withFamily;
    for (double down : ZONE) {
      for (double up : ZONE) {
        for (double edu : ZONE) {
          Weights w = new Weights(chosen.skills(), chosen.tools(), chosen.activities(), chosen.workAreas(), chosen.interests(),
              withFamily.family(), down, up, edu);
          double e = metrics(w).escoShare(3);
          boolean harder = down > chosen.zoneDown() || down == chosen.zoneDown()
              && (up > chosen.zoneUp() || up == chosen.zoneUp() && edu > chosen.educationUp());
          if (e >= bestEsco - ZONE_TOLERANCE && harder) chosen = w;
        }
      }
    }
    SimilarityMetrics m = metrics(chosen);
    out.printf("tune zone: down %.2f, up %.2f, education %.2f: esco3 = %.4f, down a zone %.3f%n", chosen.zoneDown(),
        chosen.zoneUp(), chosen.educationUp(), m.escoShare(3), m.zone(-9, -1));
    return chosen;
  }

  /** The metrics of the top 10 under {@code w}, from the precomputed parts. */
  SimilarityMetrics metrics(Weights w) {
    double[] pw = {w.skills(), w.tools(), w.activities(), w.workAreas(), w.interests()};
    List<int[]> lists = new ArrayList<>(sources.size());
    for (int a : sources) {
      TopK top = new TopK(SimilarityReport.TOP);
      for (int b = 0; b < n; b++) {
        if (b == a || !offered[b]) continue;
        int at = a * n + b;
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < pw.length; k++) {
          float v = parts[k][at];
          if (pw[k] == 0 || Float.isNaN(v)) continue;
          sum += pw[k] * v;
          weight += pw[k];
        }
        double s = (weight == 0 ? 0 : sum / weight) + w.family() * family[at];
        s -= OccupationSimilarity.penalty(w, zone[at], education[at]);
        top.offer(b, s);
      }
      lists.add(top.indexes());
    }
    return new SimilarityMetrics(occ, esco, sources, lists);
  }

}
