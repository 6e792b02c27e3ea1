package io.credpath.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The background an imported offering assumes, which the catalogues state only as a level. An intermediate offering
 * (level 3) assumes its title skills at level 2, an advanced one (level 4 or more) at level 3, never above one below
 * what it teaches; a capstone is a final project of a programme and assumes its title skills at the level it teaches,
 * so it builds on the programme's earlier courses rather than standing in for them. Written as {@code requires}
 * (listed in {@code estimates}); the planner then schedules a beginner's course first or leaves the offering out.
 */
final class ImpliedPrerequisites {
  private ImpliedPrerequisites() {}

  /** The {@code requires} expression for an offering, or null when it assumes nothing. */
  static Object of(String title, int level, List<CredentialRecord.TaughtSkill> skills) {
    boolean capstone = title.toLowerCase(Locale.ROOT).contains("capstone");
    if (!capstone && level < 3) return null;
    List<Object> parts = new ArrayList<>();
    for (CredentialRecord.TaughtSkill s : skills) {
      if (!s.basis().equals("title")) continue;
      int need = capstone ? s.level() : Math.min(level >= 4 ? 3 : 2, s.level() - 1);
      if (need < 1) continue;
      Map<String, Object> leaf = new LinkedHashMap<>();
      leaf.put("skill", s.skill());
      leaf.put("level", need);
      parts.add(leaf);
    }
    if (parts.isEmpty()) return null;
    return parts.size() == 1 ? parts.get(0) : Map.of("allOf", parts);
  }
}
