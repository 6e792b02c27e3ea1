package io.credpath.planner;

/**
 * Which of an occupation's requirements count as needed in the gap.
 *
 * <p>A requirement counts when the learner's held level is below the required level, its importance (1..5) is at least
 * {@code minImportance} (essential ones always, when {@code essentialAlways}), and a tool counts only when O*NET flags it
 * in demand for this occupation (frequent in its job postings; "hot" says only that the market at large asks for it) if
 * {@code toolsOnlyWhenInDemand}. Tools of one kind (an O*NET commodity) form one "one of"
 * item; at most {@code maxToolGroups} such items count, and of them at most {@code maxUnbackedToolGroups} that no
 * credential preparing for the occupation teaches by title or syllabus, when some do: the Google UX Design certificate
 * teaches Figma, so Figma is a UX designer's core tool, and Java, which O*NET also lists for the occupation, is not
 * planned beside more of the same. Backed kinds come first. Items are ranked essential first, then a recognised
 * credential, field skills and tools, then by importance, and cut to {@code maxItems} (at most 32: the optimiser splits
 * each item in two halves and keeps them in a {@code long} mask). O*NET knowledge areas and technical skills
 * (Mechanical, Medicine and Dentistry, Repairing) are background that the field's own credentials and work build: up to
 * {@code maxGeneralItems} with a shortfall of at least {@code minAreaShortfall} levels are shown as such, and up to
 * {@code maxGeneralItems} general requirements (what most jobs share, and smaller area shortfalls) beside them; neither
 * is ever planned.
 *
 * <p>Between two candidates that close the same, a better-recognised one (a higher rule weight) that costs at most
 * {@code recognisedPremium} (a share) and at most {@code recognisedPremiumCap} (in the plan's currency) more, and takes no
 * more hours or weeks, stands in for the cheaper one: a Microsoft Office Specialist exam for USD 100 rather than a course
 * for USD 98 that teaches the same. The cheapest pathway may then cost up to that much more per step than the
 * absolute cheapest; zero for both keeps every optimum exact.
 *
 * <p>The service's policy is data, not code: {@code rules/gap-policy.json}, read and reloaded with the rules
 * ({@code io.credpath.rules.GapPolicyFile}), each value with the reason for it.
 */
public record NeedPolicy(double minImportance, boolean essentialAlways, boolean toolsOnlyWhenInDemand,
    int maxItems, int maxToolGroups, int minAreaShortfall, int maxGeneralItems, int maxUnbackedToolGroups,
    double recognisedPremium, double recognisedPremiumCap) {
  public NeedPolicy {
    if (!(recognisedPremium >= 0 && recognisedPremium <= 0.5)) {
      throw new IllegalArgumentException("recognisedPremium must be 0..0.5 (a share of the cheaper cost): " + recognisedPremium);
    }
    if (!(recognisedPremiumCap >= 0)) {
      throw new IllegalArgumentException("recognisedPremiumCap must not be negative: " + recognisedPremiumCap);
    }
    if (!(minImportance >= 0 && minImportance <= 5)) throw new IllegalArgumentException("minImportance must be 0..5: " + minImportance);
    if (maxItems < 1 || maxItems > 32) throw new IllegalArgumentException("maxItems must be 1..32: " + maxItems);
    if (maxToolGroups < 0 || maxToolGroups > maxItems) {
      throw new IllegalArgumentException("maxToolGroups must be 0.." + maxItems + ": " + maxToolGroups);
    }
    if (minAreaShortfall < 1 || minAreaShortfall > 5) {
      throw new IllegalArgumentException("minAreaShortfall must be 1..5: " + minAreaShortfall);
    }
    if (maxGeneralItems < 0) throw new IllegalArgumentException("maxGeneralItems must not be negative: " + maxGeneralItems);
    if (maxUnbackedToolGroups < 0 || maxUnbackedToolGroups > maxToolGroups) {
      throw new IllegalArgumentException("maxUnbackedToolGroups must be 0.." + maxToolGroups + ": " + maxUnbackedToolGroups);
    }
  }

  /** A policy that does not tell backed kinds of tool from others. */
  public NeedPolicy(double minImportance, boolean essentialAlways, boolean toolsOnlyWhenInDemand, int maxItems, int maxToolGroups,
      int minAreaShortfall, int maxGeneralItems) {
    this(minImportance, essentialAlways, toolsOnlyWhenInDemand, maxItems, maxToolGroups, minAreaShortfall, maxGeneralItems,
        maxToolGroups, 0, 0);
  }

  /** How much more a better-recognised candidate that closes the same may cost than {@code cheaper} and stand in for it. */
  public double premiumOver(double cheaper) {
    return Math.min(recognisedPremiumCap, recognisedPremium * cheaper);
  }

  /** Every requirement the learner does not hold at level counts (up to 32 items). */
  public static NeedPolicy everything() {
    return new NeedPolicy(0, true, false, 32, 32, 1, 0);
  }
}
