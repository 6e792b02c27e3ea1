package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.SkillLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which active (not retired) credentials teach each skill; built once per catalogue. */
final class SkillIndex {
  private final Map<String, List<Credential>> teachers = new HashMap<>();

  SkillIndex(Catalog catalog) {
    for (Credential c : catalog.credentials()) {
      if (c.retired()) continue;
      for (SkillLevel s : c.skills()) {
        List<Credential> list = teachers.computeIfAbsent(s.skill(), k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != c) list.add(c);
      }
    }
  }

  /** The active credentials teaching {@code skill} at {@code level} or above. */
  List<Credential> teaching(String skill, int level) {
    List<Credential> out = new ArrayList<>();
    for (Credential c : teachers.getOrDefault(skill, List.of())) {
      if (c.levelOf(skill) >= level) out.add(c);
    }
    return out;
  }
}
