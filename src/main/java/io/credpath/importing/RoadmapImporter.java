package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Paul Jerimy's Security Certification Roadmap (CC BY-SA 4.0): name, official page, cost,
 * level from the chart row, skills from the categories, hours estimated from the level.
 */
final class RoadmapImporter {

  /**
   * The commit-pinned file every record cites: the provenance of the raw file {@link #items} is written against (beside
   * its version in {@link Sources#ROADMAP}), not a table an editor tunes.
   */
  static final String SOURCE_URL = "https://github.com/PaulJerimy/SecCertRoadmap/blob/e72bb32/data/certificates.json";
  /**
   * The skill every roadmap entry teaches beside its categories' skills: the chart is a chart of security
   * certifications, so this is what its entries are, not a choice made per entry.
   */
  private static final String EVERY_ENTRY_TEACHES = "Cybersecurity";

  /** A parsed roadmap item plus the names it may be known by (for curated overrides). */
  record Item(CredentialRecord credential, List<String> names) {
  }

  private final Path file;
  private final RoadmapTables tables;
  private final StudyPace pace;
  private final int minTaughtLevel;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param tables the categories' skills, the chart rows' levels and hours, the multi-word issuers
   * @param pace the weekly hours that spread an entry's estimated hours over weeks
   * @param minTaughtLevel the least level an entry teaches its skills at, however entry-level it is
   */
  RoadmapImporter(Path rawDir, RoadmapTables tables, StudyPace pace, int minTaughtLevel) {
    this.file = rawDir.resolve("sec_cert_roadmap/certificates.json");
    this.tables = tables;
    this.pace = pace;
    this.minTaughtLevel = minTaughtLevel;
  }

  /**
   * The roadmap's certifications; an entry whose name is prose rather than a credential (a tooltip sentence such as
   * "Learning a programming language is valuable to any IT professionals career.") is skipped and reported.
   */
  List<Item> items(SkillMapper mapper, java.util.function.Consumer<String> skipped) {
    JsonNode root;
    try {
      root = json.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, String> categorySkills = new HashMap<>();
    for (RoadmapTables.Category c : tables.categories()) {
      categorySkills.put(c.category(), mapper.map(c.skill()).orElseThrow(() -> new IllegalStateException(
          c.at() + ": skill " + c.skill() + " is no skill of the vocabulary")));
    }
    Map<String, Item> byId = new LinkedHashMap<>();
    for (JsonNode n : root) {
      String shortName = n.path("content").asText().trim();
      List<String> lines = Arrays.stream(n.path("tooltiptext").asText().split("\\\\n|\\n"))
          .map(String::trim).filter(s -> !s.isEmpty()).toList();
      String name = lines.isEmpty() ? shortName : lines.get(0);
      if (name.endsWith(".")) {
        skipped.accept("roadmap item \"" + shortName + "\": its name is a sentence, not a credential: " + name);
        continue;
      }
      RoadmapTables.Band band = tables.band(n.path("skillLevel").asInt(tables.lastRow()));
      int level = band.level();
      List<String> estimates = new ArrayList<>(List.of("hours", "minWeeks", "maxWeeks"));
      RoadmapCost cost = RoadmapCost.parse(lines.subList(Math.min(1, lines.size()), lines.size()));
      if (cost.parsed() && cost.estimate()) {
        estimates.add("cost");
      }
      List<String> skills = new ArrayList<>();
      mapper.map(EVERY_ENTRY_TEACHES).ifPresent(skills::add);
      List<String> categories = new ArrayList<>();
      categories.add(n.path("mainCategory").asText());
      categories.add(n.path("subCategory").asText());
      n.path("adjacentCategory").forEach(a -> categories.add(a.asText()));
      for (String c : categories) {
        if (categorySkills.containsKey(c)) skills.add(categorySkills.get(c));
      }
      int hours = band.hours();
      String id = "seccert:" + Slug.of(shortName);
      CredentialRecord c = new CredentialRecord(id, name, "certification", tables.issuer(name),
          n.path("href").asText(null), shortName,
          cost.parsed() ? CredentialRecord.Cost.usd(cost.items()) : CredentialRecord.Cost.unknown(), hours,
          pace.minWeeks(hours), pace.maxWeeks(hours), "online", "en", level, null,
          CredentialRecord.taught(skills, Math.max(minTaughtLevel, level), "syllabus"), List.of(), null, null, null,
          CredentialRecord.Quality.NONE, List.of(), "active", estimates, "sec_cert_roadmap", SOURCE_URL);
      byId.putIfAbsent(id, new Item(c, List.of(shortName, name)));
    }
    return new ArrayList<>(byId.values());
  }
}
