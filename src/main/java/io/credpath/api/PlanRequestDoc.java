package io.credpath.api;

import java.util.List;

/**
 * The wire shape of a planning body, for the OpenAPI document only: the server reads bodies field by field
 * ({@link PlanRequestReader}) so it can report every invalid field at once.
 */
record PlanRequestDoc(String target, Profile profile, Budget budget, Preferences preferences, String startDate) {
  record Profile(List<String> heldCredentials, List<HeldSkill> heldSkills, double experienceYears, String currentOccupation,
      String education) {}

  record HeldSkill(String skill, int level) {}

  record Budget(Double maxCost, String currency, Double maxHours, Integer maxWeeks, double hoursPerWeek) {}

  record Preferences(List<String> delivery, List<String> languages, List<String> preferProviders, List<String> avoidProviders,
      String objective, int alternatives, Double maxSingleCost, boolean accreditedOnly, boolean allowUnknownCost, String region) {}

  record LaddersDoc(String target, Profile profile, Budget budget, Integer limit) {}

  record TransitionsDoc(Profile profile, Budget budget, Integer limit, Boolean includeCatchAll) {}
}
