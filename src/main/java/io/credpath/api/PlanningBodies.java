package io.credpath.api;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wire shapes of the planning bodies, declared once: the OpenAPI document's request schemas are generated from these
 * records, and {@link PlanRequestReader} accepts exactly their field names ({@link #fields}), so the two cannot drift.
 * The reader still reads field by field (into the planner's own records) so it can report every invalid field at once.
 */
final class PlanningBodies {
  private PlanningBodies() {}

  /** A gap or pathways body. */
  record Plan(String target, Profile profile, Budget budget, Preferences preferences, String startDate) {}

  /** A transitions body. */
  record Transitions(Profile profile, Budget budget, Integer limit, Boolean includeCatchAll) {}

  /** A ladders body. */
  record Ladders(String target, Profile profile, Budget budget, Integer limit) {}

  /** What the learner holds and does. */
  record Profile(List<String> heldCredentials, List<HeldSkill> heldSkills, double experienceYears, String currentOccupation,
      String education) {}

  /** A skill held at a level 1..5. */
  record HeldSkill(String skill, int level) {}

  /** Money, hours and weeks the learner can spend. */
  record Budget(Double maxCost, String currency, Double maxHours, Integer maxWeeks, double hoursPerWeek) {}

  /** What the learner prefers and avoids. */
  record Preferences(List<String> delivery, List<String> languages, List<String> preferProviders, List<String> avoidProviders,
      String objective, int alternatives, Double maxSingleCost, boolean accreditedOnly, boolean allowUnknownCost, String region) {}

  /** The field names of a body shape. */
  static Set<String> fields(Class<? extends Record> shape) {
    return Arrays.stream(shape.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
  }
}
