package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * How close two occupations are, from everything the taxonomy holds about them, computed once per loaded catalogue.
 *
 * <p>Each occupation is described by five unit vectors, each dimension weighted by its rarity ({@code ln(1 + N/df)},
 * so Active Listening, which nearly every job lists, counts little and Accounting much): its skills and knowledge
 * (every requirement that is not a tool, importance x level / 25), the kinds of tool it uses (O*NET commodity groups,
 * the largest importance x level / 25 of the group's tools), its detailed work activities (DWAs) and their intermediate
 * work activities (IWAs), and its RIASEC interests (centred on their mean, so the cosine is a correlation, floored at 0).
 * The <em>content</em> similarity is the weighted mean of the five cosines over the parts both occupations have (tools
 * count when either has some; activities and interests only where O*NET rates both). It is symmetric.
 *
 * <p>A move from {@code a} to {@code b} scores {@code content + family x F(a, b) - zoneDown x max(0, -dz) - zoneUp x
 * max(0, dz - 1) - educationUp x max(0, de - 2)}, where F is 1 for the same six-digit SOC code, 0.75 for the same broad
 * group, 0.5 for the same minor group, 0.25 for the same major group, dz the change of O*NET job zone and de the change
 * of the usual education (O*NET categories 1..12): moving down is rarely wanted, one zone up is the usual ladder, more
 * (or a degree two categories beyond the current job's, a registered nurse to a physician) is a long way. The weights ({@link Weights#DEFAULT}) were chosen by {@code credpath bench
 * similarity}; see its report.
 */
public final class OccupationSimilarity {
  /** The weights of the measure: five content parts, the SOC family bonus and the two job zone penalties. */
  public record Weights(double skills, double tools, double activities, double workAreas, double interests, double family,
      double zoneDown, double zoneUp, double educationUp) {
    /**
     * The weights {@code credpath bench similarity --tune} chose on the shipped taxonomy (O*NET 29.3): content 0.2
     * skills, 0.5 activities, 0.1 work areas, 0.2 interests, and 0 for tool kinds, which added nothing to either signal
     * once skills and activities were in; a family bonus of 0.05; down a zone 0.2 each, up beyond one 0.02 each, an
     * education climb beyond two categories 0.02 each (the largest within 0.005 of the ESCO share).
     */
    public static final Weights DEFAULT = new Weights(0.2, 0, 0.5, 0.1, 0.2, 0.05, 0.2, 0.02, 0.02);

    public Weights {
      for (double w : new double[] {skills, tools, activities, workAreas, interests, family, zoneDown, zoneUp, educationUp}) {
        if (!(w >= 0)) throw new IllegalArgumentException("weights must not be negative: " + w);
      }
      if (skills + tools + activities + workAreas + interests <= 0) throw new IllegalArgumentException("no content weight");
    }
  }

  /** The parts of the content similarity, in the order {@link #part} numbers them. */
  public static final List<String> PARTS = List.of("skills", "tools", "activities", "workAreas", "interests");

  private final List<Occupation> occupations;
  private final Map<String, Integer> index = new HashMap<>();
  private final SparseVector[][] parts;
  private final double[][] interests;
  private final Map<String, Double> rarity;
  private final Weights weights;
  /**
   * Every pair's content similarity under {@link #weights} (symmetric, each computed once, as {@link #content} would),
   * once per catalogue: a transition ranks the whole catalogue and a ladder scores hundreds of moves, per request.
   */
  private final double[][] contents;
  /**
   * Each occupation's job zone and usual education category ({@link #UNKNOWN} where the taxonomy has none): a request
   * scores every occupation against the current job, and reading them through Optionals was a third of that.
   */
  private final int[] zones;
  private final int[] educations;
  /**
   * Each occupation's SOC detailed occupation, broad group, minor group and major group as small numbers, in the order
   * {@link #family(String, String)} compares them ({@link #UNKNOWN} for an id too short to have them): ranking the
   * catalogue compared every pair's id strings, a pointer chase through a thousand occupations per request.
   */
  private final int[][] families;
  private static final int[] FAMILY_PREFIXES = {7, 6, 5, 2};
  private static final double[] FAMILY_SHARES = {1, 0.75, 0.5, 0.25};
  private static final int UNKNOWN = Integer.MIN_VALUE;

  /** Builds every occupation's vectors from {@code catalog}, weighted by {@code weights}. */
  public OccupationSimilarity(Catalog catalog, Weights weights) {
    this.occupations = catalog.occupations().stream().sorted(Comparator.comparing(Occupation::id)).toList();
    this.weights = weights;
    for (int i = 0; i < occupations.size(); i++) index.put(occupations.get(i).id(), i);
    List<Function<Occupation, Map<String, Double>>> features = List.of(
        o -> items(o, false), OccupationSimilarity::toolKinds, o -> activities(o, false), o -> activities(o, true), o -> Map.of());
    parts = new SparseVector[occupations.size()][PARTS.size() - 1];
    Map<String, Double> rare = new HashMap<>();
    for (int p = 0; p < PARTS.size() - 1; p++) {
      List<Map<String, Double>> raw = occupations.stream().map(features.get(p)).toList();
      Map<String, Double> idf = rarity(raw);
      if (p < 2) rare.putAll(idf);
      Map<String, Integer> dims = new HashMap<>();
      for (int i = 0; i < raw.size(); i++) {
        Map<Integer, Double> w = new HashMap<>();
        raw.get(i).forEach((k, v) -> w.put(dims.computeIfAbsent(k, x -> dims.size()), v * idf.get(k)));
        parts[i][p] = SparseVector.unit(w);
      }
    }
    interests = occupations.stream().map(OccupationSimilarity::interests).toArray(double[][]::new);
    this.rarity = Map.copyOf(rare);
    zones = occupations.stream().mapToInt(o -> o.jobZone().orElse(UNKNOWN)).toArray();
    educations = occupations.stream().mapToInt(o -> o.education().map(e -> e.level()).orElse(UNKNOWN)).toArray();
    families = new int[FAMILY_PREFIXES.length][];
    for (int f = 0; f < FAMILY_PREFIXES.length; f++) {
      int length = FAMILY_PREFIXES[f];
      Map<String, Integer> ids = new HashMap<>();
      families[f] = occupations.stream().map(Occupation::id)
          .mapToInt(id -> id.length() < 7 ? UNKNOWN : ids.computeIfAbsent(id.substring(0, length), k -> ids.size())).toArray();
    }
    int n = occupations.size();
    // Rows are independent, so they are filled side by side; each pair is computed once and mirrored (the dot products
    // multiply and add in the same order either way round, so a mirrored value is the one content(b, a) gives).
    contents = new double[n][n];
    Postings[] postings = new Postings[PARTS.size() - 1];
    for (int p = 0; p < postings.length; p++) postings[p] = new Postings(parts, p);
    IntStream.range(0, n).parallel().forEach(a -> contentsFrom(a, postings));
    for (int a = 0; a < n; a++) for (int b = 0; b < a; b++) contents[a][b] = contents[b][a];
  }

  /**
   * Which occupations have each dimension of part {@code p}, and with what value, in occupation order: a row of
   * {@link #contents} adds up only the dimensions a pair shares, as {@link SparseVector#dot} does, instead of merging
   * every pair's vectors.
   */
  private static final class Postings {
    final int[][] occupation;
    final double[][] value;

    Postings(SparseVector[][] parts, int p) {
      int dims = 0;
      for (SparseVector[] o : parts) for (int d : o[p].dims()) dims = Math.max(dims, d + 1);
      int[] count = new int[dims];
      for (SparseVector[] o : parts) for (int d : o[p].dims()) count[d]++;
      occupation = new int[dims][];
      value = new double[dims][];
      for (int d = 0; d < dims; d++) {
        occupation[d] = new int[count[d]];
        value[d] = new double[count[d]];
      }
      int[] filled = new int[dims];
      for (int b = 0; b < parts.length; b++) {
        SparseVector v = parts[b][p];
        for (int i = 0; i < v.dims().length; i++) {
          int d = v.dims()[i];
          occupation[d][filled[d]] = b;
          value[d][filled[d]++] = v.values()[i];
        }
      }
    }
  }

  /**
   * Row {@code a} of {@link #contents} from column {@code a} on: each part's cosines by its postings, then combined as
   * {@link #content} combines them, so every value is the one {@code content(a, b, weights)} gives.
   */
  private void contentsFrom(int a, Postings[] postings) {
    int n = occupations.size();
    double[][] dot = new double[postings.length][];
    for (int p = 0; p < postings.length; p++) {
      if (weightOf(weights, p) == 0) continue;
      double[] acc = new double[n];
      SparseVector x = parts[a][p];
      // The shared dimensions in ascending order, each product x * y added in turn: SparseVector.dot's sum exactly.
      for (int i = 0; i < x.dims().length; i++) {
        int d = x.dims()[i];
        double xv = x.values()[i];
        int[] os = postings[p].occupation[d];
        double[] vs = postings[p].value[d];
        for (int k = 0; k < os.length; k++) if (os[k] >= a) acc[os[k]] += xv * vs[k];
      }
      dot[p] = acc;
    }
    for (int b = a; b < n; b++) {
      double sum = 0;
      double weight = 0;
      for (int p = 0; p < PARTS.size(); p++) {
        double pw = weightOf(weights, p);
        if (pw == 0) continue;
        double s;
        if (p == PARTS.size() - 1) {
          s = partOrNaN(p, a, b);
        } else {
          boolean counts = p == 1 ? !(parts[a][p].isEmpty() && parts[b][p].isEmpty()) : !parts[a][p].isEmpty() && !parts[b][p].isEmpty();
          s = counts ? dot[p][b] : Double.NaN;
        }
        if (Double.isNaN(s)) continue;
        sum += pw * s;
        weight += pw;
      }
      contents[a][b] = weight == 0 ? 0 : sum / weight;
    }
  }

  private static double weightOf(Weights w, int p) {
    return switch (p) {
      case 0 -> w.skills();
      case 1 -> w.tools();
      case 2 -> w.activities();
      case 3 -> w.workAreas();
      default -> w.interests();
    };
  }

  /** The occupations compared, sorted by id; {@link #part} and {@link #content} take indexes into this list. */
  public List<Occupation> occupations() {
    return occupations;
  }

  /** The index of an occupation in {@link #occupations()}. */
  public OptionalInt indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The cosine of part {@code p} (see {@link #PARTS}) between occupations {@code a} and {@code b}, empty where it does not count. */
  public Optional<Double> part(int p, int a, int b) {
    double v = partOrNaN(p, a, b);
    return Double.isNaN(v) ? Optional.empty() : Optional.of(v);
  }

  private double partOrNaN(int p, int a, int b) {
    if (p == PARTS.size() - 1) {
      if (interests[a].length == 0 || interests[b].length == 0) return Double.NaN;
      double r = 0;
      for (int i = 0; i < interests[a].length; i++) r += interests[a][i] * interests[b][i];
      return Math.max(0, r);
    }
    SparseVector x = parts[a][p];
    SparseVector y = parts[b][p];
    boolean counts = p == 1 ? !(x.isEmpty() && y.isEmpty()) : !x.isEmpty() && !y.isEmpty();
    return counts ? x.dot(y) : Double.NaN;
  }

  /** The symmetric content similarity (0..1) of occupations {@code a} and {@code b} under {@code w}. */
  public double content(int a, int b, Weights w) {
    double[] pw = {w.skills(), w.tools(), w.activities(), w.workAreas(), w.interests()};
    double sum = 0;
    double weight = 0;
    for (int p = 0; p < pw.length; p++) {
      if (pw[p] == 0) continue;
      double s = partOrNaN(p, a, b);
      if (Double.isNaN(s)) continue;
      sum += pw[p] * s;
      weight += pw[p];
    }
    return weight == 0 ? 0 : sum / weight;
  }

  /** The score of moving from occupation {@code a} to {@code b} under the weights this measure was built with. */
  public double score(int a, int b) {
    return score(a, b, contents[a][b], weights);
  }

  /** The score of a move whose content similarity is {@code content}, under {@code w}. */
  public double score(int a, int b, double content, Weights w) {
    return content + w.family() * family(a, b) - penalty(w, change(zones, a, b), change(educations, a, b));
  }

  /** {@link #family(String, String)} of occupations {@code a} and {@code b}, by index. */
  private double family(int a, int b) {
    if (families[0][a] == UNKNOWN || families[0][b] == UNKNOWN) return 0;
    for (int f = 0; f < FAMILY_PREFIXES.length; f++) if (families[f][a] == families[f][b]) return FAMILY_SHARES[f];
    return 0;
  }

  /** {@code known[b] - known[a]}, or 0 when either is unknown: {@link #zoneChange} and {@link #educationChange} by index. */
  private static int change(int[] known, int a, int b) {
    return known[a] == UNKNOWN || known[b] == UNKNOWN ? 0 : known[b] - known[a];
  }

  /** What a move loses for a job zone change {@code dz} and an education change {@code de} (O*NET categories). */
  public static double penalty(Weights w, int dz, int de) {
    return w.zoneDown() * Math.max(0, -dz) + w.zoneUp() * Math.max(0, dz - 1) + w.educationUp() * Math.max(0, de - 2);
  }

  /** The usual education category of {@code to} minus that of {@code from} (1..12, see {@link io.credpath.catalog.Education}). */
  public static OptionalInt educationChange(Occupation from, Occupation to) {
    return from.education().isPresent() && to.education().isPresent()
        ? OptionalInt.of(to.education().get().level() - from.education().get().level()) : OptionalInt.empty();
  }

  /** 1 for the same six-digit SOC code, 0.75 same broad group, 0.5 same minor group, 0.25 same major group, else 0. */
  public static double family(String a, String b) {
    if (a.length() < 7 || b.length() < 7) return 0;
    if (a.regionMatches(0, b, 0, 7)) return 1;
    if (a.regionMatches(0, b, 0, 6)) return 0.75;
    if (a.regionMatches(0, b, 0, 5)) return 0.5;
    return a.regionMatches(0, b, 0, 2) ? 0.25 : 0;
  }

  /** The job zone of {@code to} minus that of {@code from}, when both are known. */
  public static OptionalInt zoneChange(Occupation from, Occupation to) {
    return from.jobZone().isPresent() && to.jobZone().isPresent()
        ? OptionalInt.of(to.jobZone().getAsInt() - from.jobZone().getAsInt()) : OptionalInt.empty();
  }

  /** Whether a request that does not ask for them may be offered the occupation: not a catch-all code, and with requirements. */
  public static boolean offeredByDefault(Occupation o) {
    return !o.catchAll() && !o.requirements().isEmpty();
  }

  /** The rarity weight of a skill or tool kind ({@code ln(1 + N/df)}); 0 for one no occupation lists. */
  double rarity(String item) {
    return rarity.getOrDefault(item, 0.0);
  }

  /** Non-tool requirements (or, with {@code tools}, the tools themselves) at importance x level / 25. */
  static Map<String, Double> items(Occupation o, boolean tools) {
    Map<String, Double> out = new HashMap<>();
    for (SkillRequirement r : o.requirements()) {
      if (r.group().isPresent() != tools) continue;
      out.merge(r.skill(), r.importance() * r.level() / 25.0, Math::max);
    }
    return out;
  }

  private static Map<String, Double> toolKinds(Occupation o) {
    Map<String, Double> out = new HashMap<>();
    for (SkillRequirement r : o.requirements()) {
      r.group().ifPresent(g -> out.merge(g, r.importance() * r.level() / 25.0, Math::max));
    }
    return out;
  }

  /** The occupation's DWAs, or with {@code areas} the IWAs they belong to, weighted by how many of its DWAs name one. */
  private static Map<String, Double> activities(Occupation o, boolean areas) {
    Map<String, Double> out = new HashMap<>();
    for (String dwa : o.activities()) {
      int cut = dwa.lastIndexOf(".D");
      out.merge(areas && cut > 0 ? dwa.substring(0, cut) : dwa, 1.0, Double::sum);
    }
    return out;
  }

  /** The interest scores centred on their mean and scaled to unit length (empty when unknown or flat). */
  private static double[] interests(Occupation o) {
    if (o.interests().isEmpty()) return new double[0];
    double[] s = o.interests().get().scores();
    double mean = java.util.Arrays.stream(s).average().orElse(0);
    double norm = 0;
    for (int i = 0; i < s.length; i++) {
      s[i] -= mean;
      norm += s[i] * s[i];
    }
    if (norm == 0) return new double[0];
    for (int i = 0; i < s.length; i++) s[i] /= Math.sqrt(norm);
    return s;
  }

  private static Map<String, Double> rarity(List<Map<String, Double>> raw) {
    Map<String, Integer> df = new HashMap<>();
    long described = raw.stream().filter(m -> !m.isEmpty()).count();
    for (Map<String, Double> m : raw) m.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
    Map<String, Double> out = new HashMap<>();
    df.forEach((k, n) -> out.put(k, Math.log(1 + (double) described / n)));
    return out;
  }

  /** The occupations nearest to {@code from}'s index under this measure, best first; {@code keep} filters candidates. */
  public List<Neighbour> nearest(int from, int limit, java.util.function.IntPredicate keep) {
    // The best `limit` so far, kept sorted: most candidates lose to the last one with one comparison, so a
    // request never sorts the whole catalogue.
    List<Neighbour> best = new ArrayList<>();
    if (limit <= 0) return List.of();
    for (int b = 0; b < occupations.size(); b++) {
      if (b == from) continue;
      double s = score(from, b);
      if (best.size() == limit && !better(s, b, best.get(limit - 1))) continue;
      if (!keep.test(b)) continue;
      int at = best.size();
      while (at > 0 && better(s, b, best.get(at - 1))) at--;
      best.add(at, new Neighbour(b, s));
      if (best.size() > limit) best.remove(limit);
    }
    return List.copyOf(best);
  }

  /** Whether a candidate {@code b} scoring {@code s} ranks before {@code n}: higher score, then the lower id (index). */
  private static boolean better(double s, int b, Neighbour n) {
    int c = Double.compare(s, n.score());
    return c > 0 || c == 0 && b < n.index();
  }

  /** A candidate occupation (by index) and its score. */
  public record Neighbour(int index, double score) {}
}
