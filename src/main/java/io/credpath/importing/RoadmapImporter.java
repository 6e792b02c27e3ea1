package io.credpath.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

  /** The chart's data, under the raw directory. */
  static final String FILE = "sec_cert_roadmap/certificates.json";

  private final Path file;
  private final RoadmapTables tables;
  private final StudyPace pace;
  private final int minTaughtLevel;
  private final LeftOutRecords leftOut;
  private final ObjectMapper json = new ObjectMapper();
  private final List<Named> entries = new ArrayList<>();

  /**
   * @param tables the categories' skills, the chart rows' levels and hours, the multi-word issuers
   * @param pace the weekly hours that spread an entry's estimated hours over weeks
   * @param minTaughtLevel the least level an entry teaches its skills at, however entry-level it is
   */
  RoadmapImporter(Path rawDir, RoadmapTables tables, StudyPace pace, int minTaughtLevel, LeftOutRecords leftOut) {
    this.file = rawDir.resolve(FILE);
    this.tables = tables;
    this.pace = pace;
    this.minTaughtLevel = minTaughtLevel;
    this.leftOut = leftOut;
  }

  /**
   * Reads and checks the chart's entries. An entry that draws a certification already drawn in another category (same
   * id, same page) is counted and left out; an entry whose name is prose rather than a credential (a tooltip sentence
   * such as "Learning a programming language is valuable to any IT professionals career."), or whose id an entry with
   * another page already has, is rejected.
   */
  RoadmapImporter read() {
    Map<String, Named> byId = new LinkedHashMap<>();
    for (Entry entry : entries()) {
      JsonNode n = entry.node();
      String shortName = n.path("content").asText().trim();
      List<String> lines = Arrays.stream(n.path("tooltiptext").asText().split("\\\\n|\\n"))
          .map(String::trim).filter(s -> !s.isEmpty()).toList();
      String name = lines.isEmpty() ? shortName : lines.get(0);
      if (name.endsWith(".")) {
        leftOut.rejected(FILE, shortName, new RejectedRecordException(file, entry.line(), "tooltiptext",
            "of \"" + shortName + "\" begins with a sentence, not a certification's name: " + name));
        continue;
      }
      Named named = new Named(entry, shortName, name, lines);
      Named kept = byId.putIfAbsent(named.id(), named);
      if (kept == null) continue;
      String page = n.path("href").asText(null);
      if (page != null && page.equals(kept.entry().node().path("href").asText(null))) {
        leftOut.filtered(LeftOutRecords.Filter.ROADMAP_REPEATED_ENTRIES);
      } else {
        leftOut.rejected(FILE, shortName, new RejectedRecordException(file, entry.line(), "content",
            shortName + " (" + name + ") gives the id " + named.id() + ", which the entry on line " + kept.entry().line()
                + " (" + kept.name() + ") already has"));
      }
    }
    entries.addAll(byId.values());
    return this;
  }

  /** The certifications of the entries {@link #read} kept, with the names each may be known by. */
  List<Item> items(SkillMapper mapper) {
    Map<String, String> categorySkills = new HashMap<>();
    for (RoadmapTables.Category c : tables.categories()) {
      categorySkills.put(c.category(), mapper.map(c.skill()).orElseThrow(() -> new IllegalStateException(
          c.at() + ": skill " + c.skill() + " is no skill of the vocabulary")));
    }
    List<Item> out = new ArrayList<>();
    for (Named e : entries) {
      JsonNode n = e.entry().node();
      List<String> lines = e.lines();
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
      CredentialRecord c = new CredentialRecord(e.id(), e.name(), "certification", tables.issuer(e.name()),
          n.path("href").asText(null), e.shortName(),
          cost.parsed() ? CredentialRecord.Cost.usd(cost.items()) : CredentialRecord.Cost.unknown(), hours,
          pace.minWeeks(hours), pace.maxWeeks(hours), "online", "en", level, null,
          CredentialRecord.taught(skills, Math.max(minTaughtLevel, level), "syllabus"), List.of(), null, null, null,
          CredentialRecord.Quality.NONE, List.of(), "active", estimates, "sec_cert_roadmap", SOURCE_URL);
      out.add(new Item(c, List.of(e.shortName(), e.name())));
    }
    return out;
  }

  /** An entry kept: its short name (the chart's label), its name (the tooltip's first line) and the tooltip's lines. */
  private record Named(Entry entry, String shortName, String name, List<String> lines) {
    String id() {
      return "seccert:" + Slug.of(shortName);
    }
  }

  /** One entry of the chart and the line it starts on. */
  private record Entry(JsonNode node, int line) {}

  /** The chart's entries (a JSON array of objects), each with its line, for the problems an entry names. */
  private List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    try (JsonParser p = json.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) throw new IllegalStateException(file + ": must be a JSON array of entries");
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new IllegalStateException(file + ":" + p.currentTokenLocation().getLineNr() + ": an entry must be a JSON object");
        }
        int line = p.currentTokenLocation().getLineNr();
        out.add(new Entry(json.readTree(p), line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }
}
