package io.credpath.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 2024, 2023 and 2020 Coursera scrapes, merges rows with the same title and provider
 * (newest data first, skills united), and turns them into credentials with estimated cost/effort.
 * Degree-like products (degrees, MasterTrack, university/graduate certificates) are skipped: the
 * scrapes hold no price for them.
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

  /** One merged offering before skill mapping. */
  static final class Offering {
    String title;
    String provider;
    String type;
    String levelText;
    String duration;
    Double rating;
    final Set<String> skills = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();
  }

  private final Path rawDir;
  private final CourseraEstimates effort;

  CourseraImporter(Path rawDir, CourseraEstimates effort) {
    this.rawDir = rawDir;
    this.effort = effort;
  }

  /** Merged offerings keyed by normalised title + provider, in a stable order. */
  Map<String, Offering> read() {
    Map<String, Offering> merged = new TreeMap<>();
    for (var r : CsvReader.csv().readTable(rawDir.resolve("coursera_2024/Coursera.csv")).rows()) {
      add(merged, "coursera_2024", r.get("Title"), r.get("Institution"), r.get("Learning Product"),
          r.get("Level"), r.get("Duration"), r.get("Rate"), List.of(r.get("Gained Skills").split(",")));
    }
    for (var r : CsvReader.csv().readTable(rawDir.resolve("coursera_2023/Coursera.csv")).rows()) {
      List<String> skills = new ArrayList<>();
      Matcher m = QUOTED.matcher(r.get("skills"));
      while (m.find()) {
        skills.add(m.group(1));
      }
      add(merged, "coursera_2023", r.get("course"), r.get("partner"), r.get("certificatetype"),
          r.get("level"), r.get("duration"), r.get("rating"), skills);
    }
    for (var r : CsvReader.csv().readTable(rawDir.resolve("coursera_2020/coursea_data.csv")).rows()) {
      add(merged, "coursera_2020", r.get("course_title"), r.get("course_organization"),
          r.get("course_Certificate_type"), r.get("course_difficulty"), "", r.get("course_rating"), List.of());
    }
    merged.values().removeIf(o -> o.type == null);
    return merged;
  }

  private void add(Map<String, Offering> merged, String source, String title, String provider,
      String product, String level, String duration, String rating, List<String> skills) {
    String t = title.trim().replaceAll("\\s+", " ");
    String p = provider.trim();
    if (t.isEmpty() || t.equals("None")) {
      return;
    }
    String key = SkillMapper.flatKey(t) + "|" + SkillMapper.flatKey(p);
    Offering o = merged.computeIfAbsent(key, k -> new Offering());
    o.sources.add(source);
    if (o.title == null) {
      o.title = t;
      o.provider = p;
      o.type = type(product);
    }
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

  /** Our credential type for a Coursera product name; null for degree-like products. */
  static String type(String product) {
    String p = product.toLowerCase(Locale.ROOT).trim();
    return switch (p) {
      case "course" -> "course";
      case "specialization" -> "specialization";
      case "professional certificate" -> "professional-certificate";
      case "guided project", "project" -> "guided-project";
      default -> null;
    };
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

  /** Builds the credentials; ids are coursera:<slug of title>, suffixed by provider on clashes. */
  List<CredentialRecord> credentials(Map<String, Offering> offerings, SkillMapper mapper, TaughtLevels levels,
      TitleLanguage language) {
    Map<String, Offering> byId = new LinkedHashMap<>();
    for (Offering o : offerings.values()) {
      String id = "coursera:" + Slug.of(o.title);
      if (byId.containsKey(id)) {
        id = id + "-" + Slug.of(o.provider);
      }
      byId.putIfAbsent(id, o);
    }
    List<CredentialRecord> out = new ArrayList<>();
    byId.forEach((id, o) -> out.add(credential(id, o, mapper, levels, language)));
    return out;
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
