package io.credpath.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An O*NET occupation being assembled from several files. */
final class OccupationDraft {

  final String code;
  final String title;
  final String description;
  Integer jobZone;
  /** The education most workers say the job requires: O*NET category and percentage, or null. */
  Education education;
  boolean rated;
  String ratingsFrom;
  private final Map<String, String> alternateTitles = new LinkedHashMap<>();
  final Map<String, RequiredSkill> requirements = new LinkedHashMap<>();
  final Set<String> escoUris = new TreeSet<>();
  final List<Task> tasks = new ArrayList<>();
  final List<String> credentials = new ArrayList<>();
  Object entryRoute;
  final List<String> related = new ArrayList<>();
  /** The O*NET detailed work activity ids of its tasks. */
  final Set<String> activities = new TreeSet<>();
  /** The RIASEC interest scores (letter -> 1..7), or null. */
  Map<String, Double> interests;
  private final List<String> handTitles = new ArrayList<>();

  OccupationDraft(String code, String title, String description) {
    this.code = code;
    this.title = title;
    this.description = description;
  }

  /** A task statement: core (not supplemental) for the occupation, and the detailed work activities it is an instance of. */
  record Task(String text, boolean core, List<String> dwas) {}

  /** Adds an alternate title unless it repeats the title or one already held (case-insensitive). */
  void alternateTitle(String t) {
    String s = t.trim().replaceAll("\\s+", " ");
    String k = s.toLowerCase(Locale.ROOT);
    if (!s.isEmpty() && s.length() <= 100 && !k.equals(title.toLowerCase(Locale.ROOT))) {
      alternateTitles.putIfAbsent(k, s);
    }
  }

  /** Adds a hand-written alternate title career changers use; it also counts as a key title. */
  void handTitle(String t) {
    alternateTitle(t);
    handTitles.add(t.trim());
  }

  /** The O*NET title and the hand-added titles: the texts that name the job itself. */
  List<String> keyTitles() {
    List<String> out = new ArrayList<>(List.of(title));
    out.addAll(handTitles);
    return out;
  }

  /** Keeps the more important of two requirements for the same skill (the first on ties). */
  void require(RequiredSkill r) {
    RequiredSkill old = requirements.get(r.skill());
    if (old == null || r.importance() > old.importance()) {
      requirements.put(r.skill(), r);
    }
  }

  /** Adds a requirement only if the skill is not yet required. */
  void requireIfAbsent(RequiredSkill r) {
    requirements.putIfAbsent(r.skill(), r);
  }

  Record toRecord() {
    List<String> titles = new ArrayList<>(alternateTitles.values());
    titles.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    List<RequiredSkill> reqs = new ArrayList<>(requirements.values());
    reqs.sort(Comparator.comparingDouble(RequiredSkill::importance).reversed()
        .thenComparing(RequiredSkill::skill));
    return new Record(code, title, titles, description, jobZone, reqs, ratingsFrom,
        List.copyOf(escoUris), List.copyOf(related), credentials.stream().sorted().distinct().toList(), entryRoute, education,
        List.copyOf(activities), interests);
  }

  /** A line of occupations.jsonl. */
  @JsonPropertyOrder({"id", "title", "alternateTitles", "description", "jobZone", "requirements",
      "ratingsFrom", "escoUris", "related", "credentials", "entryRoute", "education",
      "activities", "interests"})
  record Record(String id, String title, List<String> alternateTitles, String description,
      Integer jobZone, List<RequiredSkill> requirements, String ratingsFrom, List<String> escoUris,
      List<String> related, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> credentials,
      @JsonInclude(JsonInclude.Include.NON_NULL) Object entryRoute,
      @JsonInclude(JsonInclude.Include.NON_NULL) Education education,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> activities,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> interests) {
  }

  /** O*NET's most named "Required Level of Education" category (1-12) and the percentage of workers who named it. */
  record Education(int level, double share) {}
}
