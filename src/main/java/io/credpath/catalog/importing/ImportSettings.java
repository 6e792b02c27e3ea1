package io.credpath.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The importer's scalar settings, from {@code taxonomy/curated/import-settings.jsonl}: the prices and study paces it
 * assumes, its thresholds and its limits, one row each ({@code setting}, {@code value}, {@code reason}, and a
 * free-text {@code unit}). Every setting named here must be in the file once, with a value of its kind and range; an
 * unknown, repeated, missing or out-of-range setting stops the import naming the file and line.
 */
final class ImportSettings {
  static final String FILE = "import-settings.jsonl";

  /** A setting the importer reads: a whole number or not, and the range in which it makes sense. */
  private record Spec(String name, boolean whole, double min, double max) {}

  private static final List<Spec> SPECS = List.of(
      decimal("coursera.monthlySubscription", 0, 1000),
      decimal("coursera.guidedProjectPrice", 0, 1000),
      decimal("udemy.hoursPerWeekFast", 0.5, 80),
      decimal("udemy.hoursPerWeekSlow", 0.5, 80),
      decimal("roadmap.hoursPerWeekFast", 0.5, 80),
      decimal("roadmap.hoursPerWeekSlow", 0.5, 80),
      whole("roadmap.minTaughtLevel", 1, 5));

  private final Map<String, Double> values = new HashMap<>();

  /** Reads and checks {@value #FILE} of the curated tables. */
  ImportSettings(CuratedTables tables) {
    Map<String, Spec> specs = new LinkedHashMap<>();
    SPECS.forEach(s -> specs.put(s.name(), s));
    Map<String, String> seen = new HashMap<>();
    tables.requiredRows(FILE, (n, at) -> {
      String name = CuratedTables.text(n, "setting", at);
      Spec spec = specs.get(name);
      if (spec == null) throw new IllegalStateException(at + ": setting " + name + " is not one the importer reads (known: "
          + String.join(", ", specs.keySet()) + ")");
      CuratedTables.once(seen, name, "setting", at);
      try {
        values.put(name, spec.whole() ? CuratedTables.whole(n, "value", at, (int) spec.min(), (int) spec.max())
            : CuratedTables.number(n, "value", at, spec.min(), spec.max()));
      } catch (IllegalStateException e) {
        throw new IllegalStateException(e.getMessage() + " (setting " + name + ")");
      }
      return name;
    });
    List<String> missing = new ArrayList<>(specs.keySet());
    missing.removeAll(seen.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(tables.path(FILE) + ": setting " + missing.get(0) + " is missing: add a row {\"setting\": \""
          + missing.get(0) + "\", \"value\": ..., \"reason\": \"...\"}" + (missing.size() > 1 ? " (also missing: "
          + String.join(", ", missing.subList(1, missing.size())) + ")" : ""));
    }
    atMost("udemy.hoursPerWeekSlow", "udemy.hoursPerWeekFast", seen);
    atMost("roadmap.hoursPerWeekSlow", "roadmap.hoursPerWeekFast", seen);
  }

  /** What a Coursera offering is assumed to cost: a subscription month, or a guided project's flat price. */
  CourseraEstimates.Prices courseraPrices() {
    return new CourseraEstimates.Prices(get("coursera.monthlySubscription"), get("coursera.guidedProjectPrice"));
  }

  /** The paces at which a Udemy course's hours are spread over weeks. */
  StudyPace udemyPace() {
    return new StudyPace(get("udemy.hoursPerWeekFast"), get("udemy.hoursPerWeekSlow"));
  }

  /** The paces at which a roadmap certification's estimated hours are spread over weeks. */
  StudyPace roadmapPace() {
    return new StudyPace(get("roadmap.hoursPerWeekFast"), get("roadmap.hoursPerWeekSlow"));
  }

  /** The least level a roadmap certification teaches its skills at. */
  int roadmapMinTaughtLevel() {
    return whole("roadmap.minTaughtLevel");
  }

  private double get(String name) {
    return values.get(name);
  }

  private int whole(String name) {
    return (int) (double) values.get(name);
  }

  private void atMost(String low, String high, Map<String, String> seen) {
    if (get(low) > get(high)) {
      throw new IllegalStateException(seen.get(low) + ": value must not exceed " + high + " (" + get(high) + "), got " + get(low)
          + " (setting " + low + ")");
    }
  }

  private static Spec decimal(String name, double min, double max) {
    return new Spec(name, false, min, max);
  }

  private static Spec whole(String name, int min, int max) {
    return new Spec(name, true, min, max);
  }
}
