package io.credpath.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the 2017 Udemy snapshot: real list price (USD, 2017) and content hours; skills come from
 * the title (n-grams) and the subject, so nothing is ever "unmapped" for Udemy.
 */
final class UdemyImporter {

  /**
   * The commit-pinned file every record cites: the provenance of the raw file {@link #credentials} is written against
   * (beside its version in {@link Sources#UDEMY}), not a table an editor tunes.
   */
  static final String SOURCE_URL = "https://github.com/24yash/Course-Compass/blob/12ccc71/UDEMY/udemy_courses.csv";

  /** The snapshot, under the raw directory. */
  static final String FILE = "udemy/udemy_courses.csv";

  private final Path file;
  private final StudyPace pace;
  private final LeftOutRecords leftOut;
  private final List<CsvReader.Table.Row> rows = new ArrayList<>();

  UdemyImporter(Path rawDir, StudyPace pace, LeftOutRecords leftOut) {
    this.file = rawDir.resolve(FILE);
    this.pace = pace;
    this.leftOut = leftOut;
  }

  /**
   * Reads and checks the rows. A row repeating an earlier row of its course is counted and left out, one that differs
   * from it is rejected; so is a row whose title runs over a line break (an unbalanced quote in the source swallowed the
   * next course: "... con técnica\"\",https://www.udemy.com/..."), since none of its fields can be trusted.
   */
  UdemyImporter read() {
    java.util.Map<String, CsvReader.Table.Row> seen = new java.util.HashMap<>();
    for (var r : CsvReader.csv().readTable(file).rows()) {
      String id = r.get("course_id").trim();
      CsvReader.Table.Row first = seen.putIfAbsent(id, r);
      if (first != null) {
        if (first.sameCells(r)) {
          leftOut.filtered(LeftOutRecords.Filter.UDEMY_REPEATED_ROWS);
        } else {
          leftOut.rejected(FILE, id, new RejectedRecordException(file, r.line(), "course_id",
              id + " is the course of line " + first.line() + " too, with other fields; which row is right is unknown"));
        }
        continue;
      }
      String raw = r.get("course_title");
      if (raw.contains("\n") || raw.contains("\r")) {
        leftOut.rejected(FILE, id, new RejectedRecordException(file, r.line(), "course_title", "runs into the next line, "
            + "an unbalanced quote in the source that swallows the course after it: \"" + raw.lines().findFirst().orElse("")
            + "\""));
        continue;
      }
      rows.add(r);
    }
    return this;
  }

  /** The courses of the rows {@link #read} kept. */
  List<CredentialRecord> credentials(SkillMapper mapper, TaughtLevels levels, TitleLanguage language) {
    List<CredentialRecord> out = new ArrayList<>();
    for (var r : rows) {
      String id = r.get("course_id").trim();
      String title = r.get("course_title").trim().replaceAll("\\s+", " ");
      double hours = Math.max(0.5, parseDouble(r.get("content_duration")));
      int level = Math.max(level(r.get("level")), TitleLevel.floor(title));
      List<String> subject = mapper.map(r.get("subject")).stream().toList();
      boolean paid = r.get("is_paid").trim().equalsIgnoreCase("true");
      double price = paid ? parseDouble(r.get("price")) : 0;
      List<CredentialRecord.TaughtSkill> skills =
          levels.of(title, mapper.fromTitle(title), subject, CredentialRecord.taughtLevel(hours, level));
      Object requires = ImpliedPrerequisites.of(title, level, skills);
      List<String> estimates = new ArrayList<>(List.of("minWeeks", "maxWeeks", "language"));
      if (requires != null) estimates.add("requires");
      out.add(new CredentialRecord("udemy:" + id, title, "course", "Udemy",
          r.get("url").trim(), "",
          CredentialRecord.Cost.usd(List.of(new CredentialRecord.CostItem("tuition", price))),
          hours, pace.minWeeks(hours), pace.maxWeeks(hours), "online", language.of(title), level, null,
          skills, List.of(), requires, null, null, CredentialRecord.Quality.NONE, List.of(), "active",
          estimates, "udemy", SOURCE_URL));
    }
    return out;
  }

  /** Beginner 1, All Levels 2, Intermediate 3, Expert 4. */
  static int level(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("beginner")) {
      return 1;
    }
    if (t.startsWith("intermediate")) {
      return 3;
    }
    return t.startsWith("expert") ? 4 : 2;
  }

  /** A number such as "39", "1.5" or "Free" (0). */
  static double parseDouble(String text) {
    String t = text.trim().replaceAll("[^0-9.]", "");
    return t.isEmpty() ? 0 : Double.parseDouble(t);
  }
}
