package io.credpath.planner;

import java.util.List;

/** Turns free text ("I know Excel, SQL and a bit of Python") into canonical skill ids. */
public interface SkillMatcher {

  /** The skills found in {@code text}, best first. */
  List<SkillMatch> match(String text);

  /** One skill found in free text, with a confidence in 0..1 and the text it matched. */
  record SkillMatch(String skill, String name, double confidence, String matched) {}
}
