package io.credpath.catalog.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One required skill of an occupation, as written to occupations.jsonl; {@code hot}, {@code inDemand} and
 * {@code general} are omitted when false and {@code group} when null, to keep the file small.
 */
@JsonPropertyOrder({"skill", "level", "importance", "essential", "hot", "inDemand", "origin", "general", "group"})
record Requirement(String skill, int level, double importance, boolean essential,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hot,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inDemand, String origin,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean general,
    @JsonInclude(JsonInclude.Include.NON_NULL) String group) {

  Requirement(String skill, int level, double importance, boolean essential, boolean hot, boolean inDemand, String origin) {
    this(skill, level, importance, essential, hot, inDemand, origin, false, null);
  }

  /** O*NET importance at or above which a rated skill is kept (2.5 would add ~1.1 MB of minor skills). */
  static final double KEEP_IMPORTANCE = 3.0;
  /** O*NET importance at or above which a requirement is marked essential. */
  static final double ESSENTIAL_IMPORTANCE = 3.5;

  /** Maps an O*NET level (0..7) to our 1..5 scale: clamp(round(LV / 7 * 5), 1, 5). */
  static int levelFromOnet(double lv) {
    return Math.max(1, Math.min(5, (int) Math.round(lv / 7.0 * 5.0)));
  }

  /** A rated O*NET skill or knowledge element. */
  static Requirement rated(String skill, double im, double lv, String origin) {
    return new Requirement(skill, levelFromOnet(lv), round2(im), im >= ESSENTIAL_IMPORTANCE, false,
        false, origin);
  }

  /**
   * A technology skill of the kind {@code group} (its O*NET commodity): level 3 if hot and in demand, else 2;
   * in-demand ones are essential.
   */
  static Requirement technology(String skill, boolean hot, boolean inDemand, String group) {
    int level = hot && inDemand ? 3 : 2;
    return new Requirement(skill, level, inDemand ? 4.0 : 3.0, inDemand, hot, inDemand,
        "onet-technology", false, group);
  }

  Requirement withOrigin(String newOrigin) {
    return new Requirement(skill, level, importance, essential, hot, inDemand, newOrigin, general, group);
  }

  /** This requirement marked as a skill most jobs share (see {@code ProfileClassifier}). */
  Requirement asGeneral() {
    return new Requirement(skill, level, importance, essential, hot, inDemand, origin, true, group);
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
