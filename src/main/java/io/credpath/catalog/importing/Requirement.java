package io.credpath.catalog.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One required skill of an occupation, as written to occupations.jsonl; {@code hot} and
 * {@code inDemand} are omitted when false to keep the file small.
 */
@JsonPropertyOrder({"skill", "level", "importance", "essential", "hot", "inDemand", "origin"})
record Requirement(String skill, int level, double importance, boolean essential,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hot,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inDemand, String origin) {

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

  /** A technology skill: level 3 if hot and in demand, else 2; in-demand ones are essential. */
  static Requirement technology(String skill, boolean hot, boolean inDemand) {
    int level = hot && inDemand ? 3 : 2;
    return new Requirement(skill, level, inDemand ? 4.0 : 3.0, inDemand, hot, inDemand,
        "onet-technology");
  }

  Requirement withOrigin(String newOrigin) {
    return new Requirement(skill, level, importance, essential, hot, inDemand, newOrigin);
  }

  static double round2(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
