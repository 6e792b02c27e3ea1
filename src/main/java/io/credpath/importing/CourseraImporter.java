package io.credpath.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 2024, 2023 and 2020 Coursera scrapes, merges rows with the same title and provider
 * (newest data first, skills united), and turns them into credentials with estimated cost/effort.
 * Degree-like products (degrees, MasterTrack, university/graduate certificates, postgraduate diplomas) are counted and
 * left out: the scrapes hold no price for them. A row without a title, a product the import does not know, an
 * offering no row names a product for, and an id two offerings would share are rejected.
 */
final class CourseraImporter {

  /**
   * The commit-pinned file each scrape was read from, cited by every record. Not a table an editor tunes: it is the
   * provenance of the raw file whose columns {@link #read} is written against (beside its version in
   * {@link Sources#COURSERA}), and changes only with that file and this reader.
   */
  static final Map<String, String> SOURCE_URLS = Map.of(
      "coursera_2024", "https://github.com/clumsycoder42525/Learning_Management_System/blob/4d7eeb3/Coursera.csv",
      "coursera_2023", "https://github.com/rasinmuhammed/j-elevate-backend/blob/f1b75cc/Coursera.csv",
      "coursera_2020", "https://github.com/ShahPreksha1005/course-rating-prediction/blob/5bc960f/coursea_data.csv");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  /** The products of ours, by the scrapes' name for them (lower case). */
  private static final Map<String, String> TYPES = Map.of(
      "course", "course",
      "specialization", "specialization",
      "professional certificate", "professional-certificate",
      "guided project", "guided-project",
      "project", "guided-project");
  /** The degree-like products, never imported: the scrapes hold no price for them. */
  private static final Set<String> DEGREE_LIKE =
      Set.of("degree", "mastertrack", "university certificate", "graduate certificate", "postgraduate diploma");
  /** What the 2023 scrape writes where it names no product. */
  private static final String NO_PRODUCT = "none";

  /** One merged offering before skill mapping. */
  static final class Offering {
    String title;
    String provider;
    /** Our type, or null until a row names the product. */
    String type;
    /** Whether the first row naming a product named a degree-like one. */
    boolean degreeLike;
    /** The first row: its scrape, line, title and product columns, for the problems the offering names. */
    String file;
    int line;
    String titleColumn;
    String productColumn;
    String levelText;
    String duration;
    Double rating;
    final Set<String> skills = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();
  }

  /** One row of a scrape, by the columns the import reads, and where it is. */
  private record Row(String source, String file, int line, String titleColumn, String title, String provider,
      String productColumn, String product, String level, String duration, String rating, List<String> skills) {}

  private final Path rawDir;
  private final CourseraEstimates effort;
  private final LeftOutRecords leftOut;

  CourseraImporter(Path rawDir, CourseraEstimates effort, LeftOutRecords leftOut) {
    this.rawDir = rawDir;
    this.effort = effort;
    this.leftOut = leftOut;
  }

  /** Merged offerings keyed by normalised title + provider, in a stable order. */
  Map<String, Offering> read() {
    Map<String, Offering> merged = new TreeMap<>();
    String file = "coursera_2024/Coursera.csv";
    for (var r : CsvReader.csv().readTable(rawDir.resolve(file)).rows()) {
      add(merged, new Row("coursera_2024", file, r.line(), "Title", r.get("Title"), r.get("Institution"), "Learning Product",
          r.get("Learning Product"), r.get("Level"), r.get("Duration"), r.get("Rate"), List.of(r.get("Gained Skills").split(","))));
    }
    file = "coursera_2023/Coursera.csv";
    for (var r : CsvReader.csv().readTable(rawDir.resolve(file)).rows()) {
      List<String> skills = new ArrayList<>();
      Matcher m = QUOTED.matcher(r.get("skills"));
      while (m.find()) {
        skills.add(m.group(1));
      }
      add(merged, new Row("coursera_2023", file, r.line(), "course", r.get("course"), r.get("partner"), "certificatetype",
          r.get("certificatetype"), r.get("level"), r.get("duration"), r.get("rating"), skills));
    }
    file = "coursera_2020/coursea_data.csv";
    for (var r : CsvReader.csv().readTable(rawDir.resolve(file)).rows()) {
      add(merged, new Row("coursera_2020", file, r.line(), "course_title", r.get("course_title"), r.get("course_organization"),
          "course_Certificate_type", r.get("course_Certificate_type"), r.get("course_difficulty"), "", r.get("course_rating"),
          List.of()));
    }
    for (var it = merged.values().iterator(); it.hasNext(); ) {
      Offering o = it.next();
      if (o.degreeLike) {
        leftOut.filtered(LeftOutRecords.Filter.COURSERA_DEGREE_PRODUCTS);
        it.remove();
      } else if (o.type == null) {
        leftOut.rejected(o.file, o.title, new RejectedRecordException(rawDir.resolve(o.file), o.line, o.productColumn,
            "of \"" + o.title + "\" names no product, nor does any other row of the offering in the scrapes: whether it is "
                + "a course, a project or a degree is unknown"));
        it.remove();
      }
    }
    // an offering whose id another one has is rejected, or left out if excluded
    merged.values().retainAll(new HashSet<>(byId(merged.values()).values()));
    return merged;
  }

  private void add(Map<String, Offering> merged, Row row) {
    String t = row.title().trim().replaceAll("\\s+", " ");
    String p = row.provider().trim();
    if (t.isEmpty() || t.equals("None")) {
      throw new RejectedRecordException(rawDir.resolve(row.file()), row.line(), row.titleColumn(), "is empty: a row without "
          + "a title cannot be told apart from any other");
    }
    String key = SkillMapper.flatKey(t) + "|" + SkillMapper.flatKey(p);
    Offering o = merged.computeIfAbsent(key, k -> new Offering());
    o.sources.add(row.source());
    if (o.title == null) {
      o.title = t;
      o.provider = p;
      o.file = row.file();
      o.line = row.line();
      o.titleColumn = row.titleColumn();
      o.productColumn = row.productColumn();
    }
    String product = row.product().toLowerCase(Locale.ROOT).trim();
    if (o.type == null && !o.degreeLike) {
      // the first row that names the product decides it (a row of the 2023 scrape may name none)
      if (TYPES.containsKey(product)) {
        o.type = TYPES.get(product);
      } else if (DEGREE_LIKE.contains(product)) {
        o.degreeLike = true;
      } else if (!product.isEmpty() && !product.equals(NO_PRODUCT)) {
        leftOut.rejected(row.file(), t, new RejectedRecordException(rawDir.resolve(row.file()), row.line(), row.productColumn(),
            "names a product the import does not know: " + row.product().trim() + " (it knows " + new TreeSet<>(TYPES.keySet())
                + " and leaves out " + new TreeSet<>(DEGREE_LIKE) + ")"));
      }
    }
    String level = row.level();
    String duration = row.duration();
    String rating = row.rating();
    List<String> skills = row.skills();
    if (o.levelText == null && level(level) > 0) {
      o.levelText = level.trim();
    }
    if (o.duration == null && !duration.isBlank() && effort.fromBucket(duration).isPresent()) {
      o.duration = duration.trim();
    }
    if (o.rating == null) {
      o.rating = parseRating(rating);
    }
    for (String s : skills) {
      String clean = s.trim();
      if (isSkillTag(clean)) {
        o.skills.add(clean);
      }
    }
  }

  /**
   * False for scrape artefacts: empty/"None", review counts that slipped into the skills column
   * ("(1.5k reviews)"), and tails of names split at their own commas ("and Compliance").
   */
  static boolean isSkillTag(String s) {
    return !s.isEmpty() && !s.equals("None") && s.chars().anyMatch(Character::isLetter)
        && !s.toLowerCase(Locale.ROOT).contains("reviews") && !s.matches("(and|or|&) .*");
  }

  /** Beginner 1, Mixed 2, Intermediate 3, Advanced 4; 0 when unknown. */
  static int level(String text) {
    return switch (text.toLowerCase(Locale.ROOT).trim()) {
      case "beginner" -> 1;
      case "mixed" -> 2;
      case "intermediate" -> 3;
      case "advanced" -> 4;
      default -> 0;
    };
  }

  static Double parseRating(String text) {
    try {
      double v = Double.parseDouble(text.trim());
      return v > 0 && v <= 5 ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Free-text skill strings across all offerings with how many offerings name each. */
  static Map<String, Integer> skillFrequencies(Map<String, Offering> offerings) {
    Map<String, Integer> freq = new HashMap<>();
    for (Offering o : offerings.values()) {
      o.skills.forEach(s -> freq.merge(s, 1, Integer::sum));
    }
    return freq;
  }

  /** Builds the credentials; ids are coursera:<slug of title>, suffixed by provider on clashes ({@link #read} checks them). */
  List<CredentialRecord> credentials(Map<String, Offering> offerings, SkillMapper mapper, TaughtLevels levels,
      TitleLanguage language) {
    List<CredentialRecord> out = new ArrayList<>();
    byId(offerings.values()).forEach((id, o) -> out.add(credential(id, o, mapper, levels, language)));
    return out;
  }

  /** The offerings by id, in order; an offering whose id, suffixed by its provider, another one has is rejected. */
  private Map<String, Offering> byId(Collection<Offering> offerings) {
    Map<String, Offering> byId = new LinkedHashMap<>();
    for (Offering o : offerings) {
      String id = "coursera:" + Slug.of(o.title);
      if (byId.containsKey(id)) {
        id = id + "-" + Slug.of(o.provider);
      }
      Offering other = byId.putIfAbsent(id, o);
      if (other != null) {
        leftOut.rejected(o.file, o.title, new RejectedRecordException(rawDir.resolve(o.file), o.line, o.titleColumn,
            "\"" + o.title + "\" of " + o.provider + " gives the id " + id + ", which \"" + other.title + "\" of " + other.provider
                + " (" + other.file + ":" + other.line + ") already has"));
      }
    }
    return byId;
  }

  private CredentialRecord credential(String id, Offering o, SkillMapper mapper,
      TaughtLevels levels, TitleLanguage language) {
    List<String> estimates = new ArrayList<>(List.of("cost", "hours", "minWeeks", "maxWeeks", "language"));
    CourseraEffort bucket = o.duration == null ? effort.typicalFor(o.type) : effort.fromBucket(o.duration).orElseThrow();
    int level = o.levelText == null ? 0 : level(o.levelText);
    if (level == 0) {
      level = 1;
      estimates.add("level");
    }
    level = Math.max(level, TitleLevel.floor(o.title));
    List<String> tagIds = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    for (String s : o.skills) {
      mapper.mapCounted(s).ifPresentOrElse(tagIds::add, () -> unmapped.add(s));
    }
    int taught = CredentialRecord.taughtLevel(bucket.hours(), level);
    List<CredentialRecord.TaughtSkill> skills = levels.of(o.title, mapper.fromTitle(o.title), tagIds, taught);
    Object requires = ImpliedPrerequisites.of(o.title, level, skills);
    if (requires != null) estimates.add("requires");
    String first = o.sources.iterator().next();
    return new CredentialRecord(id, o.title, o.type, o.provider, null, "",
        CredentialRecord.Cost.usd(List.of(effort.cost(bucket, o.type))), bucket.hours(), bucket.minWeeks(),
        bucket.maxWeeks(), "online", language.of(o.title), level, o.rating,
        skills, unmapped.stream().sorted().toList(), requires, null, null,
        CredentialRecord.Quality.NONE, List.of(), "active", estimates, String.join("+", o.sources),
        SOURCE_URLS.get(first));
  }
}
