package io.credpath.importing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The level at which an imported offering teaches each of its skills. Skill tags of course scrapes
 * attach broad skills to offerings that barely touch them ("Types of Conflict" tagged "Education and
 * Training", an MLOps course tagged AWS), so a skill is taught at the effort-derived level only when
 * the offering's title names it (its name or an alias; for a specialization or professional
 * certificate the title is the programme's); a skill known only from tags is taught one level lower
 * (at least 1), and an O*NET general skill or knowledge area (category {@code skill} or
 * {@code knowledge}) known only from tags at level 1. A title naming a product suite (Microsoft
 * Office / Microsoft 365) names its applications too (the table {@code skill-suites.txt}).
 */
final class TaughtLevels {

  private final SkillMapper mapper;
  private final Map<String, List<String>> suites = new TreeMap<>();

  TaughtLevels(SkillMapper mapper, List<CuratedTables.Suite> suiteTable) {
    this.mapper = mapper;
    for (CuratedTables.Suite line : suiteTable) {
      // a suite or application missing from the vocabulary (a small test vocabulary) is skipped
      List<String> members = line.members().stream().flatMap(m -> mapper.lookupName(m).stream()).toList();
      mapper.lookupName(line.suite()).ifPresent(suite -> suites.put(suite, members));
    }
  }

  /**
   * Taught skills: those the title names first, in the title's order, then the rest sorted by id.
   *
   * @param titleIds skills recognised in the title by {@link SkillMapper#fromTitle}
   * @param tagIds skills mapped from the offering's tags or subject
   * @param level the effort-derived level ({@link CredentialRecord#taughtLevel})
   */
  List<CredentialRecord.TaughtSkill> of(String title, Collection<String> titleIds,
      Collection<String> tagIds, int level) {
    Set<String> named = new java.util.HashSet<>(mapper.namedIn(title));
    suites.forEach((suite, members) -> {
      if (named.contains(suite)) {
        named.addAll(members);
      }
    });
    Map<String, Integer> levels = new TreeMap<>();
    Set<String> fromTitle = new java.util.HashSet<>(titleIds);
    titleIds.forEach(id -> levels.merge(id, level, Math::max));
    for (String id : tagIds) {
      boolean inTitle = named.contains(id);
      if (inTitle) fromTitle.add(id);
      levels.merge(id, inTitle ? level : tagOnly(id, level), Math::max);
    }
    // Title skills first, in the order the title names them (its subject before what it uses: "C Programming: Using
    // Linux Tools" is about C), then the rest by id.
    List<CredentialRecord.TaughtSkill> out = new java.util.ArrayList<>();
    for (String id : titleIds) {
      if (fromTitle.contains(id) && out.stream().noneMatch(t -> t.skill().equals(id))) {
        out.add(new CredentialRecord.TaughtSkill(id, levels.get(id), "title"));
      }
    }
    levels.forEach((id, taught) -> {
      if (out.stream().noneMatch(t -> t.skill().equals(id))) {
        out.add(new CredentialRecord.TaughtSkill(id, taught, fromTitle.contains(id) ? "title" : "tag"));
      }
    });
    return out;
  }

  /** One level below the effort-derived level, at least 1; general O*NET areas at most 1. */
  int tagOnly(String id, int level) {
    String category = mapper.category(id).orElse("");
    if (category.equals("skill") || category.equals("knowledge")) {
      return 1;
    }
    return Math.max(1, level - 1);
  }
}
