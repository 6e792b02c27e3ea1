package io.credpath.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every raw record the import leaves out, and why. A record of a kind the import never takes is counted under its
 * {@link Filter}; a record it rejects (a broken row, a product it does not know, an id another record already has) stops
 * the import, unless {@code curated/excluded-records.jsonl} lists it with the reason it is left out rather than
 * imported, and then it is named in the report. Nothing is left out without a count or a name.
 */
final class LeftOutRecords {
  /** The curated table of raw records left out on purpose. */
  static final String EXCLUSIONS = "excluded-records.jsonl";

  /** The kinds of raw record the import never takes, each counted in the report. */
  enum Filter {
    /** Coursera degrees, MasterTracks, university and graduate certificates, postgraduate diplomas: no price. */
    COURSERA_DEGREE_PRODUCTS("courseraDegreeProducts"),
    /** Udemy rows that repeat an earlier row of the same course, field for field. */
    UDEMY_REPEATED_ROWS("udemyRepeatedRows"),
    /** Roadmap entries that draw a certification already drawn in another category (same id, same page). */
    ROADMAP_REPEATED_ENTRIES("roadmapRepeatedEntries"),
    /** O*NET technology examples that are neither hot nor in demand. */
    ONET_TECHNOLOGY_NEITHER_HOT_NOR_IN_DEMAND("onetTechnologyNeitherHotNorInDemand");

    private final String label;

    Filter(String label) {
      this.label = label;
    }
  }

  private final Map<String, CuratedTables.Exclusion> exclusions = new LinkedHashMap<>();
  private final Set<CuratedTables.Exclusion> used = new LinkedHashSet<>();
  private final Map<Filter, Integer> filtered = new EnumMap<>(Filter.class);

  LeftOutRecords(List<CuratedTables.Exclusion> exclusions) {
    exclusions.forEach(e -> this.exclusions.put(key(e.file(), e.record()), e));
    for (Filter f : Filter.values()) filtered.put(f, 0);
  }

  /** No exclusions: every rejected record stops the import. */
  static LeftOutRecords none() {
    return new LeftOutRecords(List.of());
  }

  /** Counts a record of a kind the import never takes. */
  void filtered(Filter filter) {
    filtered.merge(filter, 1, Integer::sum);
  }

  /**
   * Leaves out a rejected record that the exclusions list by its file under the raw directory and its key there (a
   * Udemy course_id, a roadmap short name, a Coursera title); throws {@code rejection} for any other.
   */
  void rejected(String file, String record, RejectedRecordException rejection) {
    CuratedTables.Exclusion e = exclusions.get(key(file, record));
    if (e == null) throw rejection;
    used.add(e);
  }

  /** Stops the import at an exclusion that left nothing out: the source no longer has its defect, or it is misnamed. */
  void checkEveryExclusionUsed() {
    for (CuratedTables.Exclusion e : exclusions.values()) {
      if (!used.contains(e)) {
        throw new IllegalStateException(e.at() + ": record " + e.record() + " of " + e.file() + " is not one the import "
            + "rejects (the source no longer has the defect, or the row misnames the record): remove the row");
      }
    }
  }

  /** How many records each filter left out, in the order of {@link Filter}. */
  Map<String, Integer> filteredCounts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    filtered.forEach((f, n) -> out.put(f.label, n));
    return Collections.unmodifiableMap(out);
  }

  /** The rejected records the exclusions left out, as "file record", in the table's order. */
  List<String> excluded() {
    List<String> out = new ArrayList<>();
    exclusions.values().stream().filter(used::contains).forEach(e -> out.add(e.file() + " " + e.record()));
    return out;
  }

  private static String key(String file, String record) {
    return file + "\n" + record;
  }
}
