package io.credpath.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every rated occupation's importance for every O*NET skill and knowledge element, to tell what is distinctive of a
 * field (Medicine and Dentistry for a medical secretary, Repairing for a mechanic) from what every job rates alike.
 */
final class ElementRatings {
  private final Map<String, Map<String, Double>> importance = new HashMap<>();
  private final Map<String, Map<String, Double>> levels = new HashMap<>();
  private final Map<String, Map<String, Double>> borrowed = new HashMap<>();
  private final Set<String> fieldSpecific = new HashSet<>();
  private final Map<String, double[]> moments = new HashMap<>();

  /** Marks an element that can be a field's core (a knowledge area or a technical skill). */
  void fieldSpecific(String skill) {
    fieldSpecific.add(skill);
  }

  boolean isFieldSpecific(String skill) {
    return fieldSpecific.contains(skill);
  }

  void rate(String skill, String occupation, double im) {
    importance.computeIfAbsent(skill, k -> new HashMap<>()).put(occupation, im);
    moments.remove(skill);
  }

  /** Records a borrowed importance for an unrated occupation, without changing the element's statistics. */
  void borrowed(String skill, String occupation, double im) {
    borrowed.computeIfAbsent(skill, k -> new HashMap<>()).put(occupation, im);
  }

  /** The importance used to judge an occupation: its own rating, else the one it borrowed. */
  Optional<Double> judged(String skill, String occupation) {
    Optional<Double> own = importance(skill, occupation);
    return own.isPresent() ? own : Optional.ofNullable(borrowed.getOrDefault(skill, Map.of()).get(occupation));
  }

  /** Records the O*NET level (0..7) an occupation needs of the element. */
  void level(String skill, String occupation, double lv) {
    levels.computeIfAbsent(skill, k -> new HashMap<>()).put(occupation, lv);
  }

  /** The occupation's level (0..7) of the element, if rated and relevant. */
  Optional<Double> level(String skill, String occupation) {
    return Optional.ofNullable(levels.getOrDefault(skill, Map.of()).get(occupation));
  }

  /** The elements rated anywhere. */
  Set<String> elements() {
    return importance.keySet();
  }

  /** The occupation's importance rating of the element, if rated. */
  Optional<Double> importance(String skill, String occupation) {
    return Optional.ofNullable(importance.getOrDefault(skill, Map.of()).get(occupation));
  }

  /** How many standard deviations {@code im} lies above the element's mean importance over all rated occupations. */
  double zScore(String skill, double im) {
    double[] m = moments.computeIfAbsent(skill, k -> {
      Map<String, Double> all = importance.getOrDefault(k, Map.of());
      double mean = all.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double var = all.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
      return new double[] {mean, Math.sqrt(var)};
    });
    return m[1] == 0 ? 0 : (im - m[0]) / m[1];
  }

  /** The share of rated occupations rating the element at least {@code threshold}. */
  double prevalence(String skill, double threshold) {
    Map<String, Double> all = importance.getOrDefault(skill, Map.of());
    int rated = importance.values().stream().mapToInt(Map::size).max().orElse(0);
    return rated == 0 ? 0 : all.values().stream().filter(v -> v >= threshold).count() / (double) rated;
  }
}
