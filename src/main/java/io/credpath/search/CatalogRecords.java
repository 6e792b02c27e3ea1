package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every record the index holds, in id order. A document's {@link CatalogDocuments#ORDER} is its place here, so a
 * hit is read from the catalogue in memory instead of from compressed stored fields (a quarter of a search's time
 * when measured), and ties sort by id as one number instead of by string.
 */
final class CatalogRecords {
  /** One indexed record: its kind, id, shown label and, for a credential, the credential. */
  record Entry(Completion.Kind kind, String id, String label, Optional<Credential> credential) {}

  private final List<Entry> entries;
  private final Map<String, Integer> orders = new HashMap<>();

  private CatalogRecords(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (int i = 0; i < entries.size(); i++) orders.put(key(entries.get(i).kind(), entries.get(i).id()), i);
  }

  static CatalogRecords of(Catalog catalog) {
    List<Entry> all = new ArrayList<>();
    catalog.skills().forEach(s -> all.add(new Entry(Completion.Kind.SKILL, s.id(), s.name(), Optional.empty())));
    catalog.occupations().forEach(o -> all.add(new Entry(Completion.Kind.OCCUPATION, o.id(), o.title(), Optional.empty())));
    catalog.credentials().forEach(c -> all.add(new Entry(Completion.Kind.CREDENTIAL, c.id(), c.title(), Optional.of(c))));
    all.sort(Comparator.comparing(Entry::id).thenComparing(Entry::kind));
    return new CatalogRecords(all);
  }

  /** The place of the record of {@code kind} with {@code id}. */
  int order(Completion.Kind kind, String id) {
    Integer order = orders.get(key(kind, id));
    if (order == null) throw new IllegalArgumentException("not in this catalogue: " + kind + " " + id);
    return order;
  }

  /** The record at {@code order}. */
  Entry at(int order) {
    return entries.get(order);
  }

  private static String key(Completion.Kind kind, String id) {
    return kind.name() + '|' + id;
  }
}
