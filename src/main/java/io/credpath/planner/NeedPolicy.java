package io.credpath.planner;

/**
 * Which of an occupation's requirements count as needed in the gap.
 *
 * <p>A requirement is needed when the learner's held level is below the required level and it passes
 * these filters: its O*NET importance (1..5 "IM" scale) is at least {@code minImportance}, unless it is
 * essential and {@code essentialAlways} is set; a technology requirement (origin {@code onet-technology})
 * counts only when it is hot or in demand if {@code technologyOnlyWhenHotOrInDemand} is set (essential ones
 * still count). The needed items are ranked essential first, then by importance (descending), then by
 * skill id, and cut to {@code maxItems} (at most 64, the optimiser keeps gap items in a {@code long} mask).
 */
public record NeedPolicy(double minImportance, boolean essentialAlways, boolean technologyOnlyWhenHotOrInDemand,
    int maxItems) {
  public NeedPolicy {
    if (!(minImportance >= 0 && minImportance <= 5)) throw new IllegalArgumentException("minImportance must be 0..5: " + minImportance);
    if (maxItems < 1 || maxItems > 64) throw new IllegalArgumentException("maxItems must be 1..64: " + maxItems);
  }

  /** Importance at least 3.0, essential always, technology only when hot or in demand, at most 12 items. */
  public static NeedPolicy defaults() {
    return new NeedPolicy(3.0, true, true, 12);
  }

  /** Every requirement the learner does not hold at level counts (up to 64 items). */
  public static NeedPolicy everything() {
    return new NeedPolicy(0, true, false, 64);
  }
}
