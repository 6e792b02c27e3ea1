package io.credpath.importing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads O*NET 29.3: occupations, job zones, alternate and reported titles, tasks with their detailed work activities,
 * rated skills and knowledge (kept from the importance {@link RequirementScale} keeps; every rating is also kept in
 * {@link ElementRatings} so occupations can be compared), hot / in-demand technology skills with their commodity as the
 * kind of tool, the detailed work activities (DWA ids) its tasks are instances of, and its RIASEC interest profile.
 */
final class OnetImporter {

  /** O*NET's interest elements in RIASEC order, by the letter taxonomy/occupations.jsonl names them with. */
  private static final Map<String, String> INTERESTS = orderedInterests();

  private final Path dir;
  private final SkillVocabulary vocabulary;
  private final RequirementScale scale;
  private final LeftOutRecords leftOut;
  private final Map<String, String> elementSkills = new HashMap<>();
  private final ElementRatings ratings = new ElementRatings();

  OnetImporter(Path onetDir, SkillVocabulary vocabulary, RequirementScale scale, LeftOutRecords leftOut) {
    this.dir = onetDir;
    this.vocabulary = vocabulary;
    this.scale = scale;
    this.leftOut = leftOut;
  }

  /** Registers the 35 skills and 33 knowledge areas (before any occupation is read). */
  void addElementSkills() {
    addElements("Skills.txt", "skill");
    addElements("Knowledge.txt", "knowledge");
  }

  private void addElements(String file, String category) {
    for (var row : table(file).rows()) {
      String elementId = row.get("Element ID");
      String id = vocabulary.add(row.get("Element Name"), category, null, "onet:" + elementId);
      elementSkills.put(elementId, id);
      // Knowledge areas (2.C) and technical skills (2.B.3: repairing, installation...) can be a field's core;
      // basic, social, problem-solving, systems and resource skills are grown in any job.
      if (elementId.startsWith("2.C") || elementId.startsWith("2.B.3")) ratings.fieldSpecific(id);
    }
  }

  /** Every occupation's rating of every element, for telling a field's distinctive areas from shared ones. */
  ElementRatings ratings() {
    return ratings;
  }

  /** All occupations by code, with titles, job zone, tasks and O*NET requirements. */
  Map<String, OccupationDraft> occupations(SkillMapper mapper) {
    Map<String, OccupationDraft> occ = new TreeMap<>();
    for (var row : table("Occupation Data.txt").rows()) {
      String code = row.get("O*NET-SOC Code");
      occ.put(code, new OccupationDraft(code, row.get("Title").trim(), row.get("Description").trim()));
    }
    for (var row : table("Job Zones.txt").rows()) {
      find(occ, row).ifPresent(o -> o.jobZone = Integer.valueOf(row.get("Job Zone").trim()));
    }
    // The education most workers say the job requires (RL, categories 1-12): the category with the largest share; on a
    // tie, the lower level.
    for (var row : table("Education, Training, and Experience.txt").rows()) {
      if (!row.get("Scale ID").trim().equals("RL")) continue;
      int level = Integer.parseInt(row.get("Category").trim());
      double share = Double.parseDouble(row.get("Data Value").trim());
      find(occ, row).ifPresent(o -> {
        if (o.education == null || share > o.education.share()) {
          o.education = new OccupationDraft.Education(level, Math.round(share * 10) / 10.0);
        }
      });
    }
    for (var row : table("Alternate Titles.txt").rows()) {
      find(occ, row).ifPresent(o -> o.alternateTitle(row.get("Alternate Title")));
    }
    for (var row : table("Sample of Reported Titles.txt").rows()) {
      find(occ, row).ifPresent(o -> o.alternateTitle(row.get("Reported Job Title")));
    }
    Map<String, java.util.List<String>> dwas = new HashMap<>();
    for (var row : table("Tasks to DWAs.txt").rows()) {
      dwas.computeIfAbsent(row.get("Task ID").trim(), k -> new java.util.ArrayList<>()).add(row.get("DWA Title").trim());
      find(occ, row).ifPresent(o -> o.activities.add(row.get("DWA ID").trim()));
    }
    addInterests(occ);
    for (var row : table("Task Statements.txt").rows()) {
      String taskId = row.get("Task ID").trim();
      boolean core = !row.get("Task Type").trim().equalsIgnoreCase("Supplemental");
      find(occ, row).ifPresent(o -> o.tasks.add(
          new OccupationDraft.Task(row.get("Task"), core, dwas.getOrDefault(taskId, java.util.List.of()))));
    }
    addRatings(occ, "Skills.txt", "onet-skills");
    addRatings(occ, "Knowledge.txt", "onet-knowledge");
    addTechnology(occ, mapper);
    return occ;
  }

  /** The six RIASEC occupational interest scores (scale OI, 1..7), kept only when all six are there. */
  private void addInterests(Map<String, OccupationDraft> occ) {
    Map<String, Map<String, Double>> byCode = new TreeMap<>();
    for (var row : table("Interests.txt").rows()) {
      if (!row.get("Scale ID").trim().equals("OI")) continue;
      String letter = INTERESTS.get(row.get("Element ID").trim());
      if (letter == null) continue;
      if (find(occ, row).isEmpty()) continue;
      byCode.computeIfAbsent(row.get("O*NET-SOC Code").trim(), k -> new TreeMap<>())
          .put(letter, Math.round(Double.parseDouble(row.get("Data Value").trim()) * 100) / 100.0);
    }
    byCode.forEach((code, scores) -> {
      if (scores.size() < INTERESTS.size()) return;
      OccupationDraft o = occ.get(code);
      o.interests = new java.util.LinkedHashMap<>();
      for (String letter : INTERESTS.values()) o.interests.put(letter, scores.get(letter));
    });
  }

  private void addRatings(Map<String, OccupationDraft> occ, String file, String origin) {
    Map<String, double[]> byKey = new TreeMap<>();
    Map<String, String> elements = new HashMap<>();
    for (var row : table(file).rows()) {
      if (find(occ, row).isEmpty()) continue;
      String key = row.get("O*NET-SOC Code").trim() + "|" + row.get("Element ID");
      elements.put(key, row.get("Element ID"));
      double[] v = byKey.computeIfAbsent(key, k -> new double[] {Double.NaN, Double.NaN});
      String value = row.get("Data Value").trim();
      if (value.isEmpty()) {
        continue;
      }
      if (row.get("Scale ID").equals("IM")) {
        v[0] = Double.parseDouble(value);
      } else if (row.get("Scale ID").equals("LV") && !row.get("Not Relevant").trim().equals("Y")) {
        v[1] = Double.parseDouble(value);
      }
    }
    for (var e : byKey.entrySet()) {
      String code = e.getKey().substring(0, e.getKey().indexOf('|'));
      double im = e.getValue()[0];
      double lv = e.getValue()[1];
      OccupationDraft o = occ.get(code);
      if (Double.isNaN(im)) {
        continue;
      }
      o.rated = true;
      String skill = elementSkills.get(elements.get(e.getKey()));
      ratings.rate(skill, code, im);
      if (!Double.isNaN(lv)) ratings.level(skill, code, lv);
      if (scale.kept(im) && !Double.isNaN(lv)) {
        o.require(scale.rated(skill, im, lv, origin));
      }
    }
  }

  private void addTechnology(Map<String, OccupationDraft> occ, SkillMapper mapper) {
    for (var row : table("Technology Skills.txt").rows()) {
      boolean hot = row.get("Hot Technology").trim().equals("Y");
      boolean inDemand = row.get("In Demand").trim().equals("Y");
      if (!hot && !inDemand) {
        leftOut.filtered(LeftOutRecords.Filter.ONET_TECHNOLOGY_NEITHER_HOT_NOR_IN_DEMAND);
        continue;
      }
      String parent = vocabulary.add(row.get("Commodity Title").trim(), "technology", null,
          "onet-commodity:" + row.get("Commodity Code").trim());
      String skill = technologySkill(row.get("Example").trim(), parent, mapper);
      find(occ, row)
          .ifPresent(o -> o.require(scale.technology(skill, hot, inDemand, parent)));
    }
  }

  /** Canonical id for an O*NET technology "Example", adding it to the vocabulary when new. */
  String technologySkill(String example, String parent, SkillMapper mapper) {
    Optional<String> known = vocabulary.lookup(SkillMapper.flatKey(example));
    if (known.isEmpty()) {
      known = mapper.map(example).filter(id -> vocabulary.require(id).category.equals("technology"));
    }
    if (known.isPresent()) {
      vocabulary.alias(known.get(), example);
      vocabulary.parent(known.get(), parent);
      return known.get();
    }
    String name = canonicalName(example);
    String id = vocabulary.add(name, "technology", parent, null);
    vocabulary.alias(id, example);
    return id;
  }

  /**
   * "Structured query language SQL" -> "SQL", "Geographic information system GIS software" ->
   * "GIS", "Microsoft Azure software" -> "Microsoft Azure": drops a trailing "software" and keeps a
   * trailing acronym that follows a spelled-out name of two or more words.
   */
  static String canonicalName(String example) {
    String s = example.replaceAll("\\s+(software|systems|system software)$", "").trim();
    if (s.split(" ").length < 2) {
      s = example;
    }
    String[] words = s.split(" ");
    String last = words[words.length - 1];
    if (words.length >= 3 && last.matches("[A-Z][A-Z0-9]{1,6}") && !words[words.length - 2].matches("[A-Z0-9]+")) {
      return last;
    }
    return s;
  }

  private static Map<String, String> orderedInterests() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    String[] letters = {"R", "I", "A", "S", "E", "C"};
    for (int i = 0; i < letters.length; i++) m.put("1.B.1." + (char) ('a' + i), letters[i]);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The occupation a row is about; a row naming a code {@code Occupation Data.txt} does not list is rejected (every file
   * of a release names the same occupations), or left out if the exclusions list the code.
   */
  private Optional<OccupationDraft> find(Map<String, OccupationDraft> occ, CsvReader.Table.Row row) {
    String code = row.get("O*NET-SOC Code").trim();
    OccupationDraft o = occ.get(code);
    if (o == null) {
      Path file = row.file();
      leftOut.rejected("onet/" + file.getFileName(), code, new RejectedRecordException(file, row.line(), "O*NET-SOC Code",
          code + " is no occupation of Occupation Data.txt"));
    }
    return Optional.ofNullable(o);
  }

  private CsvReader.Table table(String file) {
    return CsvReader.tsv().readTable(dir.resolve(file));
  }
}
