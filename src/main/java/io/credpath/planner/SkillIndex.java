package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.TaughtSkill;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * Each order sorts the whole catalogue once and each skill's teachers by their rank in it: the same order as sorting
   * each skill's list with the comparator (both sorts are stable over catalogue order), without comparing a popular
   * credential again for every skill it teaches (at a million credentials that was minutes of a planner's start).
   */
  SkillIndex(Catalog catalog, List<Comparator<Credential>> criteria) {
    Credential[] all = catalog.credentials().toArray(new Credential[0]);
    int[][] ranks = new int[criteria.size()][];
    for (int k = 0; k < criteria.size(); k++) {
      Comparator<Credential> order = Comparator.comparing(Credential::retired).thenComparing(criteria.get(k));
      Integer[] byOrder = new Integer[all.length];
      for (int i = 0; i < all.length; i++) byOrder[i] = i;
      Arrays.sort(byOrder, (a, b) -> order.compare(all[a], all[b]));
      ranks[k] = new int[all.length];
      for (int r = 0; r < all.length; r++) ranks[k][byOrder[r]] = r;
    }
    Map<String, int[]> bySkill = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      for (TaughtSkill s : all[i].skills()) {
        int[] list = bySkill.computeIfAbsent(s.skill(), k -> new int[4]);
        int n = counts.getOrDefault(s.skill(), 0);
        if (n > 0 && list[n - 1] == i) continue; // the same credential naming the skill twice
        if (n == list.length) {
          list = Arrays.copyOf(list, n * 2);
          bySkill.put(s.skill(), list);
        }
        list[n] = i;
        counts.put(s.skill(), n + 1);
      }
    }
    bySkill.forEach((skill, positions) -> {
      int n = counts.get(skill);
      Map<Integer, Teacher> teachers = new HashMap<>();
      Map<Integer, Teacher> strongTeachers = new HashMap<>();
      for (int j = 0; j < n; j++) {
        Credential c = all[positions[j]];
        teachers.put(positions[j], new Teacher(c, c.levelOf(skill)));
        int level = c.strongLevelOf(skill);
        if (level > 0) strongTeachers.put(positions[j], new Teacher(c, level));
      }
      List<List<Teacher>> lists = new ArrayList<>();
      List<List<Teacher>> strongLists = new ArrayList<>();
      for (int[] rank : ranks) {
        long[] keyed = new long[n];
        for (int j = 0; j < n; j++) keyed[j] = ((long) rank[positions[j]] << 32) | positions[j];
        Arrays.sort(keyed);
        List<Teacher> list = new ArrayList<>(n);
        List<Teacher> strongList = new ArrayList<>();
        for (long key : keyed) {
          int position = (int) key;
          list.add(teachers.get(position));
          Teacher s = strongTeachers.get(position);
          if (s != null) strongList.add(s);
        }
        lists.add(List.copyOf(list));
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
