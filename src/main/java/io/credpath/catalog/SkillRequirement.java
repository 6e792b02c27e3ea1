package io.credpath.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * One skill an occupation requires, at a level 1..5 with an importance 1..5; {@code origin} says which source it came
 * from. {@code general} marks a skill most jobs share and people grow by working (Active Listening, Time Management,
 * an office suite), as opposed to the field-specific core. {@code group} names the kind of tool (an O*NET commodity
 * such as business-intelligence software) when a job needs one tool of that kind, not every example O*NET lists.
 */
public record SkillRequirement(String skill, int level, double importance, boolean essential, boolean hot, boolean inDemand,
    String origin, boolean general, Optional<String> group) {
  public SkillRequirement {
    Objects.requireNonNull(skill, "skill");
    if (level < 1 || level > 5) throw new IllegalArgumentException("level must be 1..5: " + level);
    if (!(importance >= 1 && importance <= 5)) throw new IllegalArgumentException("importance must be 1..5: " + importance);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(group, "group");
  }

  /** A field-specific requirement outside any tool group. */
  public SkillRequirement(String skill, int level, double importance, boolean essential, boolean hot, boolean inDemand, String origin) {
    this(skill, level, importance, essential, hot, inDemand, origin, false, Optional.empty());
  }
}
