package io.credpath.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical skill vocabulary under construction: one entry per {@code skill:<slug>} id, and an
 * index from normalised names/aliases to ids in which a skill's own name wins over any alias, and otherwise the first
 * registration of a key wins.
 */
final class SkillVocabulary {

  private final Map<String, Entry> entries = new TreeMap<>();
  private final Map<String, String> index = new HashMap<>();
  /** Keys that are some skill's own name: a name beats an alias, so "Financial Planning" never means Budgeting. */
  private final java.util.Set<String> names = new java.util.HashSet<>();

  /** Adds (or finds, by slug) a skill and indexes its name; returns its id. */
  String add(String name, String category, String parent, String uri) {
    String id = "skill:" + Slug.skill(name);
    Entry e = entries.get(id);
    if (e == null) {
      e = new Entry(id, name.trim(), category);
      entries.put(id, e);
    }
    if (e.parent == null && parent != null && !parent.equals(id)) {
      e.parent = parent;
    }
    if (uri != null) {
      e.uris.add(uri);
    }
    String key = SkillMapper.flatKey(e.name);
    if (!key.isEmpty() && names.add(key)) {
      index.put(key, id);
    }
    return id;
  }

  /** Records an alias of an existing skill (shown in the output and used for mapping). */
  void alias(String id, String alias) {
    Entry e = require(id);
    String a = alias.trim();
    if (a.isEmpty() || a.length() > 80) {
      return;
    }
    if (!a.equalsIgnoreCase(e.name)) {
      e.aliases.add(a);
    }
    index(a, id);
  }

  /** Indexes a lookup key without listing it as a displayed alias; another skill's name keeps its key. */
  void index(String text, String id) {
    String key = SkillMapper.flatKey(text);
    if (!key.isEmpty() && !names.contains(key)) {
      index.putIfAbsent(key, id);
    }
  }

  Optional<String> lookup(String normalisedKey) {
    return Optional.ofNullable(index.get(normalisedKey));
  }

  Optional<Entry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  boolean contains(String id) {
    return entries.containsKey(id);
  }

  Entry require(String id) {
    Entry e = entries.get(id);
    if (e == null) {
      throw new IllegalArgumentException("unknown skill id: " + id);
    }
    return e;
  }

  /** Sets a parent where none is known yet. */
  void parent(String id, String parent) {
    Entry e = require(id);
    if (e.parent == null && !id.equals(parent)) {
      e.parent = parent;
    }
  }

  Collection<Entry> entries() {
    return entries.values();
  }

  int size() {
    return entries.size();
  }

  /** Skills whose parent is not in the vocabulary get parent null, so every reference resolves. */
  void dropDanglingParents() {
    for (Entry e : entries.values()) {
      if (e.parent != null && !entries.containsKey(e.parent)) {
        e.parent = null;
      }
    }
  }

  /** One skill as written to skills.jsonl. */
  static final class Entry {
    final String id;
    final String name;
    final String category;
    String parent;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> uris = new LinkedHashSet<>();

    Entry(String id, String name, String category) {
      this.id = id;
      this.name = name;
      this.category = category;
    }

    SkillRecord toRecord() {
      List<String> a = new ArrayList<>(aliases);
      a.sort(String.CASE_INSENSITIVE_ORDER);
      List<String> dedup = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      for (String s : a) {
        if (seen.add(s.toLowerCase(java.util.Locale.ROOT))) {
          dedup.add(s);
        }
      }
      List<String> u = new ArrayList<>(uris);
      u.sort(null);
      return new SkillRecord(id, name, dedup, category, parent, u);
    }
  }
}
