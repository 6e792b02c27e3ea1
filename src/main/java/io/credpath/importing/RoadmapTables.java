package io.credpath.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written tables the Security Certification Roadmap is read with ({@code taxonomy/curated/roadmap-*.jsonl}):
 * the skill each chart category stands for, the level and estimated study hours of each band of chart rows, and the
 * issuers whose names are more than one word.
 */
final class RoadmapTables {
  static final String CATEGORIES = "roadmap-categories.jsonl";
  static final String LEVELS = "roadmap-levels.jsonl";
  static final String ISSUERS = "roadmap-issuers.jsonl";

  /** A chart category and the name of the skill a certification under it teaches; {@code at} for problems. */
  record Category(String category, String skill, String at) {}

  /** The chart rows {@code firstRow..lastRow} (1 is the most advanced) make {@code level}, studied for {@code hours}. */
  record Band(int level, int firstRow, int lastRow, int hours) {}

  private final List<Category> categories;
  private final List<Band> bands;
  private final List<String> issuers;

  /** Reads and checks the three tables. */
  RoadmapTables(CuratedTables tables) {
    Map<String, String> seen = new HashMap<>();
    this.categories = tables.requiredRows(CATEGORIES, (n, at) -> {
      String category = CuratedTables.text(n, "category", at);
      CuratedTables.once(seen, category, "category", at);
      return new Category(category, CuratedTables.text(n, "skill", at), at);
    });
    this.bands = bands(tables);
    Map<String, String> seenIssuers = new HashMap<>();
    this.issuers = tables.requiredRows(ISSUERS, (n, at) -> {
      String issuer = CuratedTables.text(n, "issuer", at);
      if (!issuer.equals(issuer.strip()) || !issuer.contains(" ")) {
        throw new IllegalStateException(at + ": issuer must be a name of several words without spaces around it, got \"" + issuer
            + "\" (a one-word issuer needs no row: the first word of a name is taken)");
      }
      CuratedTables.once(seenIssuers, issuer, "issuer", at);
      seenIssuers.forEach((earlier, where) -> {
        if (!earlier.equals(issuer) && issuer.startsWith(earlier)) {
          throw new IllegalStateException(at + ": issuer " + issuer + " is never reached: " + earlier + " on line "
              + where.substring(where.lastIndexOf(':') + 1) + " begins it and is tried first");
        }
      });
      return issuer;
    });
  }

  private static List<Band> bands(CuratedTables tables) {
    Map<String, String> seenLevels = new HashMap<>();
    List<Band> out = new ArrayList<>();
    List<String> where = new ArrayList<>();
    tables.requiredRows(LEVELS, (n, at) -> {
      int level = CuratedTables.whole(n, "level", at, 1, 5);
      CuratedTables.once(seenLevels, String.valueOf(level), "level", at);
      int first = CuratedTables.whole(n, "firstRow", at, 1, 1000);
      out.add(new Band(level, first, CuratedTables.whole(n, "lastRow", at, first, 1000), CuratedTables.whole(n, "hours", at, 1, 2000)));
      where.add(at);
      return level;
    });
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) order.add(i);
    order.sort(Comparator.comparingInt(i -> out.get(i).firstRow()));
    int next = 1;
    for (int i : order) {
      if (out.get(i).firstRow() != next) {
        throw new IllegalStateException(where.get(i) + ": firstRow must be " + next + ", got " + out.get(i).firstRow()
            + " (the bands must cover the chart's rows from 1 without gaps or overlaps)");
      }
      next = out.get(i).lastRow() + 1;
    }
    return order.stream().map(out::get).toList();
  }

  /** The skill name each chart category stands for, with where it is written. */
  List<Category> categories() {
    return categories;
  }

  /**
   * The band of a chart row; a row past the last band (or an entry without one) is taken as the last, entry-level
   * band, and a row before the first as the first.
   */
  Band band(int row) {
    for (Band b : bands) if (row <= b.lastRow()) return b;
    return bands.get(bands.size() - 1);
  }

  /** The chart's last row, the most entry-level: an entry the chart places nowhere is taken to be there. */
  int lastRow() {
    return bands.get(bands.size() - 1).lastRow();
  }

  /** The issuing body: a listed multi-word issuer the name begins with, else the name's first word. */
  String issuer(String fullName) {
    for (String m : issuers) if (fullName.startsWith(m)) return m;
    return fullName.split(" ")[0];
  }
}
