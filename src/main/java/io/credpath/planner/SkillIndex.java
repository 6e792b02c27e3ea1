package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.SkillLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which credentials teach each skill, at what level, kept in several orders (cheapest, fewest hours, quickest, best
 * standing) so the per-skill cap takes a prefix; built once per catalogue. Retired credentials come last in every order:
 * they take a place under the cap only where too few active ones teach the skill, and the rules then say why they are
 * left out ({@code ExcludeRetiredCredential}).
 */
final class SkillIndex {
  /** A credential teaching a skill at a level. */
  record Teacher(Credential credential, int level) {}

  private final Map<String, List<List<Teacher>>> orders = new HashMap<>();
  /**
   * The same lists kept to the teachers with title or syllabus evidence, each at the level that evidence gives: what a
   * prerequisite skill level looks for. In a large catalogue most teachers of a common skill only tag it, and scanning
   * past them for every prerequisite was most of a request's time (bench scale, 100k credentials).
   */
  private final Map<String, List<List<Teacher>>> strong = new HashMap<>();

  SkillIndex(Catalog catalog, List<Comparator<Credential>> criteria) {
    Map<String, Map<Credential, Integer>> bySkill = new HashMap<>();
    for (Credential c : catalog.credentials()) {
      for (io.credpath.catalog.TaughtSkill s : c.skills()) bySkill.computeIfAbsent(s.skill(), k -> new LinkedHashMap<>()).merge(c, s.level(), Math::max);
    }
    bySkill.forEach((skill, teachers) -> {
      List<List<Teacher>> lists = new ArrayList<>();
      List<List<Teacher>> strongLists = new ArrayList<>();
      for (Comparator<Credential> order : criteria) {
        List<Teacher> list = new ArrayList<>();
        teachers.forEach((c, level) -> list.add(new Teacher(c, level)));
        list.sort(Comparator.comparing(Teacher::credential, Comparator.comparing(Credential::retired).thenComparing(order)));
        lists.add(List.copyOf(list));
        List<Teacher> strongList = new ArrayList<>();
        for (Teacher t : list) {
          int level = t.credential().strongLevelOf(skill);
          if (level > 0) strongList.add(new Teacher(t.credential(), level));
        }
        strongLists.add(List.copyOf(strongList));
      }
      orders.put(skill, List.copyOf(lists));
      strong.put(skill, List.copyOf(strongLists));
    });
  }

  /**
   * The teachers of {@code skill} with title or syllabus evidence, in the order of criterion {@code k}, each at its
   * {@link Credential#strongLevelOf} level (any level; callers filter): the subsequence of {@link #teachers} that
   * evidence backs.
   */
  List<Teacher> strongTeachers(String skill, int k) {
    List<List<Teacher>> lists = strong.get(skill);
    return lists == null ? List.of() : lists.get(k);
  }

  /** The teachers of {@code skill} in the order of criterion {@code k} (any level; callers filter). */
  List<Teacher> teachers(String skill, int k) {
    List<List<Teacher>> lists = orders.get(skill);
    return lists == null ? List.of() : lists.get(k);
  }
}
