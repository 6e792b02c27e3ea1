package io.credpath.importing;

/**
 * How O*NET's ratings and tools and ESCO's essential skills become an occupation's requirements: which ratings are
 * kept, which are essential, and the level and importance given to a tool or an ESCO skill, neither of which O*NET
 * rates ({@code taxonomy/curated/import-settings.jsonl}, {@code onet.*}, {@code tools.*}, {@code esco.requirement*}).
 */
record RequirementScale(double keepImportance, double essentialImportance, double toolImportanceInDemand,
    double toolImportance, int toolLevelHotAndInDemand, int toolLevel, int escoLevel, double escoImportance) {

  /** Whether an O*NET importance rating (1..5) is kept as a requirement. */
  boolean kept(double importance) {
    return importance >= keepImportance;
  }

  /** A rated O*NET skill or knowledge element, essential from {@link #essentialImportance}. */
  RequiredSkill rated(String skill, double im, double lv, String origin) {
    return new RequiredSkill(skill, RequiredSkill.levelFromOnet(lv), RequiredSkill.round2(im), im >= essentialImportance, false,
        false, origin);
  }

  /** A technology skill of the kind {@code group} (its O*NET commodity); in-demand ones are essential. */
  RequiredSkill technology(String skill, boolean hot, boolean inDemand, String group) {
    int level = hot && inDemand ? toolLevelHotAndInDemand : toolLevel;
    return new RequiredSkill(skill, level, inDemand ? toolImportanceInDemand : toolImportance, inDemand, hot, inDemand,
        "onet-technology", false, group);
  }

  /** An essential skill of a linked ESCO occupation, for an occupation O*NET does not rate. */
  RequiredSkill esco(String skill) {
    return new RequiredSkill(skill, escoLevel, escoImportance, true, false, false, "esco");
  }
}
