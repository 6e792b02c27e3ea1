package io.credpath.planner;

/**
 * Which of an occupation's requirements count as needed in the gap.
 *
 * <p>A requirement is needed when the learner's held level is below the required level and it passes
 * these filters: its O*NET importance (1..5 "IM" scale) is at least {@code minImportance}, unless it is
 * essential and {@code essentialAlways} is set; a technology requirement (origin {@code onet-technology})
 * counts only when it is hot or in demand if {@code technologyOnlyWhenHotOrInDemand} is set (essential ones
 * still count). The needed items are ranked essential first, then specific before general (below), then by
 * importance (descending), then by how many credentials teach them, then by skill id, and cut to
 * {@code maxItems} (at most 64, the optimiser keeps gap items in a {@code long} mask).
 *
 * <p>O*NET lists every tool anyone in an occupation uses, and flags dozens as in demand for some of them
 * (a BI analyst's list holds SQL and Power BI but also SAP, Oracle Cloud and AWS). So at most
 * {@code maxTechnologyItems} technology items count: those taught by the most credentials in the catalogue
 * first, a proxy for how widely the market asks for and teaches them.
 *
 * <p>O*NET's general skills and knowledge areas (origins {@code onet-skills}, {@code onet-knowledge},
 * {@code onet-borrowed}: active learning, judgment, English language, ...) are grown by working, and someone
 * in a current occupation already holds them at its levels; a shortfall there counts only when it is at
 * least {@code minGeneralShortfall} levels, so a one-level step up is left to the new job rather than
 * bought as a course. They also rank after the occupation's specific skills, so they fill only the room left.
 */
public record NeedPolicy(double minImportance, boolean essentialAlways, boolean technologyOnlyWhenHotOrInDemand,
    int maxItems, int maxTechnologyItems, int minGeneralShortfall) {
  public NeedPolicy {
    if (!(minImportance >= 0 && minImportance <= 5)) throw new IllegalArgumentException("minImportance must be 0..5: " + minImportance);
    if (maxItems < 1 || maxItems > 64) throw new IllegalArgumentException("maxItems must be 1..64: " + maxItems);
    if (maxTechnologyItems < 0 || maxTechnologyItems > maxItems) {
      throw new IllegalArgumentException("maxTechnologyItems must be 0.." + maxItems + ": " + maxTechnologyItems);
    }
    if (minGeneralShortfall < 1 || minGeneralShortfall > 5) {
      throw new IllegalArgumentException("minGeneralShortfall must be 1..5: " + minGeneralShortfall);
    }
  }

  /**
   * Importance at least 3.0, essential always, technology only when hot or in demand and at most 6 of it,
   * general skills only when 2 or more levels short, at most 12 items.
   */
  public static NeedPolicy defaults() {
    return new NeedPolicy(3.0, true, true, 12, 6, 2);
  }

  /** Every requirement the learner does not hold at level counts (up to 64 items). */
  public static NeedPolicy everything() {
    return new NeedPolicy(0, true, false, 64, 64, 1);
  }
}
