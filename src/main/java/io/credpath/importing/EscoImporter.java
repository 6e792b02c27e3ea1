package io.credpath.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads ESCO v1.1.1 skills and occupations and the Nesta crosswalk; links ESCO occupations to O*NET
 * occupations and chooses which ESCO skills enter the vocabulary.
 */
final class EscoImporter {

  /**
   * {@code sharedEssentialMin}: an ESCO skill essential to at least this many linked ESCO occupations enters the
   * vocabulary; {@code aliasesPerSkill}: at most this many of its alternative labels become aliases (file size);
   * {@code reserveMaxWords}: an alternative label of more words is not matched against skill strings
   * ({@code taxonomy/curated/import-settings.jsonl}, {@code esco.*}).
   */
  record Limits(int sharedEssentialMin, int aliasesPerSkill, int reserveMaxWords) {}

  private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("(\\w{3,}?)s\\b");

  record EscoSkill(String uri, String label, List<String> altLabels, String type) {
  }

  record EscoOccupation(String uri, String label, List<String> altLabels) {
  }

  private final Path dir;
  private final SkillVocabulary vocabulary;
  private final Limits limits;
  private final Map<String, EscoSkill> skills = new TreeMap<>();
  private final Map<String, String> reserveIndex = new HashMap<>();
  private final Set<String> transversal = new HashSet<>();
  private final Set<String> digital = new TreeSet<>();
  private final Map<String, EscoOccupation> occupations = new TreeMap<>();
  private final Map<String, List<String>> essential = new HashMap<>();
  private final Map<String, String> broader = new HashMap<>();
  private final Map<String, String> skillIds = new HashMap<>();

  EscoImporter(Path escoDir, SkillVocabulary vocabulary, Limits limits) {
    this.dir = escoDir;
    this.vocabulary = vocabulary;
    this.limits = limits;
  }

  /** Reads all ESCO files needed; builds the reserve index over every ESCO skill label. */
  EscoImporter read() {
    for (var row : csv("skills_en.csv").rows()) {
      EscoSkill s = new EscoSkill(row.get("conceptUri"), row.get("preferredLabel").trim(),
          lines(row.get("altLabels")), row.get("skillType"));
      skills.put(s.uri(), s);
      reserveIndex.putIfAbsent(SkillMapper.flatKey(s.label()), s.uri());
    }
    for (EscoSkill s : skills.values()) {
      for (String alt : s.altLabels()) {
        if (alt.split(" ").length <= limits.reserveMaxWords()) {
          reserveIndex.putIfAbsent(SkillMapper.flatKey(alt), s.uri());
        }
      }
    }
    csv("transversalSkillsCollection_en.csv").rows().forEach(r -> transversal.add(r.get("conceptUri")));
    csv("digitalSkillsCollection_en.csv").rows().forEach(r -> digital.add(r.get("conceptUri")));
    for (var row : csv("occupations_en.csv").rows()) {
      occupations.put(row.get("conceptUri"), new EscoOccupation(row.get("conceptUri"),
          row.get("preferredLabel").trim(), lines(row.get("altLabels"))));
    }
    for (var row : csv("occupationSkillRelations.csv").rows()) {
      if (row.get("relationType").equals("essential")) {
        essential.computeIfAbsent(row.get("occupationUri"), k -> new ArrayList<>()).add(row.get("skillUri"));
      }
    }
    for (var row : csv("broaderRelationsSkillPillar.csv").rows()) {
      broader.putIfAbsent(row.get("conceptUri"), row.get("broaderUri"));
    }
    return this;
  }

  /**
   * ESCO occupation uri -> O*NET code: the override table first, then the Nesta crosswalk (old
   * codes resolved by {@link OnetCodeResolver}), then an exact title / alternative-label match.
   */
  Map<String, String> link(Path crosswalkFile, Map<String, OccupationDraft> onet,
      Map<String, String> overrides) {
    OnetCodeResolver resolver = new OnetCodeResolver(onet);
    Map<String, String> links = new TreeMap<>();
    for (var row : CsvReader.csv().readTable(crosswalkFile).rows()) {
      String uri = row.get("concept_uri").trim();
      resolver.resolve(row.get("onet_code").trim(), row.get("onet_occupation"))
          .ifPresent(code -> links.put(uri, code));
    }
    Map<String, String> byTitle = new HashMap<>();
    for (OccupationDraft o : onet.values()) {
      byTitle.putIfAbsent(singular(o.title), o.code);
    }
    for (EscoOccupation e : occupations.values()) {
      String code = overrides.get(e.label().toLowerCase(java.util.Locale.ROOT));
      if (code != null && onet.containsKey(code)) {
        links.put(e.uri(), code);
        continue;
      }
      if (links.containsKey(e.uri())) {
        continue;
      }
      List<String> labels = new ArrayList<>(List.of(e.label()));
      labels.addAll(e.altLabels());
      for (String l : labels) {
        String c = byTitle.get(singular(l));
        if (c != null) {
          links.put(e.uri(), c);
          break;
        }
      }
    }
    return links;
  }

  /** Lowercase, flat, each word's plural "s" dropped: "Data Scientists" ~ "data scientist". */
  static String singular(String title) {
    return PLURAL.matcher(SkillMapper.flatKey(title)).replaceAll("$1");
  }

  /**
   * Adds ESCO skills to the vocabulary: the digital and transversal collections, every essential
   * skill of an ESCO occupation linked to an O*NET occupation without ratings, and essential skills
   * shared by at least {@code sharedEssentialMin} linked ESCO occupations.
   */
  void addVocabulary(Map<String, String> links, Set<String> unratedCodes) {
    Set<String> chosen = new TreeSet<>(digital);
    chosen.addAll(transversal);
    Map<String, Integer> shared = new HashMap<>();
    for (var link : links.entrySet()) {
      for (String s : essential.getOrDefault(link.getKey(), List.of())) {
        shared.merge(s, 1, Integer::sum);
        if (unratedCodes.contains(link.getValue())) {
          chosen.add(s);
        }
      }
    }
    shared.forEach((s, n) -> {
      if (n >= limits.sharedEssentialMin()) {
        chosen.add(s);
      }
    });
    for (String uri : chosen) {
      if (skills.containsKey(uri)) {
        addSkill(uri);
      }
    }
    for (String uri : chosen) {
      String parent = broader.get(uri);
      if (parent != null && skillIds.containsKey(parent) && skillIds.containsKey(uri)) {
        vocabulary.parent(skillIds.get(uri), skillIds.get(parent));
      }
    }
  }

  /** Adds one ESCO skill with its labels; returns its canonical id. */
  String addSkill(String uri) {
    String known = skillIds.get(uri);
    if (known != null) {
      return known;
    }
    EscoSkill s = skills.get(uri);
    String category = transversal.contains(uri) ? "transversal"
        : s.type().equals("knowledge") ? "knowledge" : "competence";
    Optional<String> existing = vocabulary.lookup(SkillMapper.flatKey(s.label()));
    String id = existing.orElseGet(() -> vocabulary.add(s.label(), category, null, null));
    vocabulary.require(id).uris.add(uri);
    s.altLabels().stream().limit(limits.aliasesPerSkill()).forEach(alt -> vocabulary.alias(id, alt));
    skillIds.put(uri, id);
    return id;
  }

  /** The reserve lookup for {@link SkillMapper}: any ESCO skill label, promoted on a match. */
  Optional<String> reserve(String key) {
    String uri = reserveIndex.get(key);
    return uri == null ? Optional.empty() : Optional.of(addSkill(uri));
  }

  /** Canonical ids of the essential skills of an ESCO occupation (adding them if needed). */
  List<String> essentialSkills(String occupationUri) {
    List<String> ids = new ArrayList<>();
    for (String s : essential.getOrDefault(occupationUri, List.of())) {
      if (skills.containsKey(s)) {
        ids.add(addSkill(s));
      }
    }
    return ids;
  }

  Map<String, EscoOccupation> occupations() {
    return occupations;
  }

  /** Labels as a de-duplicated list, from ESCO's newline-separated cells. */
  static List<String> lines(String cell) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String l : cell.split("\\R")) {
      String t = l.trim();
      if (!t.isEmpty()) {
        out.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), t);
      }
    }
    return new ArrayList<>(out.values());
  }

  private CsvReader.Table csv(String file) {
    return CsvReader.csv().readTable(dir.resolve(file));
  }
}
