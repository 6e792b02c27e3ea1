package io.credpath.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One skill an occupation requires, at a level with an importance, as written to occupations.jsonl (the service loads
 * it as a {@code catalog.SkillRequirement}); {@code hot}, {@code inDemand} and {@code general} are omitted when false
 * and {@code group} when null, to keep the file small.
 */
@JsonPropertyOrder({"skill", "level", "importance", "essential", "hot", "inDemand", "origin", "general", "group"})
record RequiredSkill(String skill, int level, double importance, boolean essential,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hot,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inDemand, String origin,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean general,
    @JsonInclude(JsonInclude.Include.NON_NULL) String group) {

  RequiredSkill(String skill, int level, double importance, boolean essential, boolean hot, boolean inDemand, String origin) {
    this(skill, level, importance, essential, hot, inDemand, origin, false, null);
  }

  /**
   * Maps an O*NET level (0..7) to our 1..5 scale: clamp(round(LV / 7 * 5), 1, 5). The definition of one scale in the
   * other, not a setting: how requirements are kept and weighed is {@link RequirementScale}.
   */
  static int levelFromOnet(double lv) {
    return Math.max(1, Math.min(5, (int) Math.round(lv / 7.0 * 5.0)));
  }

  RequiredSkill withOrigin(String newOrigin) {
    return new RequiredSkill(skill, level, importance, essential, hot, inDemand, newOrigin, general, group);
  }

  /** This requirement marked as a skill most jobs share (see {@code ProfileClassifier}). */
  RequiredSkill asGeneral() {
    return new RequiredSkill(skill, level, importance, essential, hot, inDemand, origin, true, group);
  }

  /** Importance as written: two decimals, as O*NET rates it. */
  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
