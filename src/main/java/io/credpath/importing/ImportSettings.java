package io.credpath.importing;

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
      whole("roadmap.minTaughtLevel", 1, 5),
      decimal("onet.keepImportance", 1, 5),
      decimal("onet.essentialImportance", 1, 5),
      decimal("tools.importanceInDemand", 1, 5),
      decimal("tools.importance", 1, 5),
      whole("tools.levelHotAndInDemand", 1, 5),
      whole("tools.level", 1, 5),
      whole("esco.requirementLevel", 1, 5),
      decimal("esco.requirementImportance", 1, 5),
      whole("esco.sharedEssentialMin", 1, 1000),
      whole("esco.aliasesPerSkill", 0, 100),
      whole("esco.reserveMaxWords", 1, 50),
      whole("esco.skillsPerLink", 0, 1000),
      whole("esco.titlesPerLink", 0, 1000),
      decimal("signals.supplementalTaskWeight", 0, 1),
      decimal("signals.keyTitleWeight", 0, 20),
      decimal("signals.minWeight", 0, 20),
      decimal("signals.coreMinWeight", 0, 20),
      decimal("signals.coreMinShare", 0, 1),
      decimal("signals.relativeShare", 0, 1),
      decimal("signals.highShare", 0, 1),
      decimal("signals.highWeight", 0, 50),
      decimal("signals.highImportance", 1, 5),
      decimal("signals.coreImportance", 1, 5),
      whole("signals.coreLevel", 1, 5),
      decimal("signals.sideImportance", 1, 5),
      whole("signals.sideLevel", 1, 5),
      decimal("signals.corroboratedImportance", 1, 5),
      whole("signals.corroboratedMinLevel", 1, 5),
      whole("signals.corroboratedMaxLevel", 1, 5),
      decimal("borrowing.sameMajorGroupBonus", 0, 1),
      decimal("general.zCommon", 0, 5),
      decimal("general.zRare", 0, 5),
      decimal("general.commonShare", 0, 1),
      whole("topics.minOfferings", 1, 1000),
      whole("occupations.relatedMax", 0, 100));

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
    atMost("signals.corroboratedMinLevel", "signals.corroboratedMaxLevel", seen);
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

  /** Which O*NET ratings are kept and essential, and how tools and ESCO skills are weighed. */
  RequirementScale scale() {
    return new RequirementScale(get("onet.keepImportance"), get("onet.essentialImportance"), get("tools.importanceInDemand"),
        get("tools.importance"), whole("tools.levelHotAndInDemand"), whole("tools.level"), whole("esco.requirementLevel"),
        get("esco.requirementImportance"));
  }

  /** How the requirements O*NET does not rate are derived: the scale, the signals' weights, the borrowing bonus. */
  RequirementDeriver.Policy derivation() {
    RequirementDeriver.Signals signals = new RequirementDeriver.Signals(get("signals.supplementalTaskWeight"),
        get("signals.keyTitleWeight"), get("signals.minWeight"), get("signals.coreMinWeight"), get("signals.coreMinShare"),
        get("signals.relativeShare"), get("signals.highShare"), get("signals.highWeight"), get("signals.highImportance"),
        get("signals.coreImportance"), whole("signals.coreLevel"), get("signals.sideImportance"), whole("signals.sideLevel"),
        get("signals.corroboratedImportance"), whole("signals.corroboratedMinLevel"), whole("signals.corroboratedMaxLevel"));
    return new RequirementDeriver.Policy(scale(), signals, get("borrowing.sameMajorGroupBonus"));
  }

  /** Which ESCO skills enter the vocabulary, with how many aliases, and which labels are matched. */
  EscoImporter.Limits escoLimits() {
    return new EscoImporter.Limits(whole("esco.sharedEssentialMin"), whole("esco.aliasesPerSkill"), whole("esco.reserveMaxWords"));
  }

  /** How much of ESCO an occupation takes per link, and how many related occupations it lists. */
  OccupationAssembly.Limits assemblyLimits() {
    return new OccupationAssembly.Limits(whole("esco.skillsPerLink"), whole("esco.titlesPerLink"), whole("occupations.relatedMax"));
  }

  /** When an O*NET element or a tool is a field's core rather than general. */
  ProfileClassifier.Thresholds generalThresholds() {
    return new ProfileClassifier.Thresholds(get("general.zCommon"), get("general.zRare"), get("general.commonShare"),
        get("onet.keepImportance"));
  }

  /** How many offerings must tag an unmapped Coursera skill for it to become a topic skill. */
  int topicMinOfferings() {
    return whole("topics.minOfferings");
  }

  private double get(String name) {
    return values.get(name);
  }

  private int whole(String name) {
    return (int) (double) values.get(name);
  }

  private void atMost(String low, String high, Map<String, String> seen) {
    if (get(low) > get(high)) {
      throw new IllegalStateException(seen.get(low) + ": value must not exceed " + high + " (" + CuratedTables.plain(get(high))
          + "), got " + CuratedTables.plain(get(low)) + " (setting " + low + ")");
    }
  }

  private static Spec decimal(String name, double min, double max) {
    return new Spec(name, false, min, max);
  }

  private static Spec whole(String name, int min, int max) {
    return new Spec(name, true, min, max);
  }
}
