package io.credpath.catalog.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Paul Jerimy's Security Certification Roadmap (CC BY-SA 4.0): name, official page, cost,
 * level from the chart row, skills from the categories, hours estimated from the level.
 */
final class RoadmapImporter {

  static final String SOURCE_URL = "https://github.com/PaulJerimy/SecCertRoadmap/blob/e72bb32/data/certificates.json";
  /** Roadmap category -> canonical skill name (all also teach Cybersecurity). */
  static final Map<String, String> CATEGORY_SKILLS = Map.ofEntries(
      Map.entry("redops", "Penetration Testing"), Map.entry("blueops", "Incident Response"),
      Map.entry("network", "Network Security"), Map.entry("mgmt", "Security Management"),
      Map.entry("iam", "Identity and Access Management"), Map.entry("engineer", "Security Engineering"),
      Map.entry("test", "Security Testing"), Map.entry("software", "Secure Software Development"),
      Map.entry("asset", "Asset Security"), Map.entry("pen_testing", "Penetration Testing"),
      Map.entry("grc", "Governance, Risk and Compliance"), Map.entry("cloud_sec_ops", "Cloud Security"),
      Map.entry("forensics", "Digital Forensics"), Map.entry("incident_handling", "Incident Response"),
      Map.entry("ics_iot", "ICS Security"), Map.entry("nix", "Linux"),
      Map.entry("exploit", "Exploit Development"));
  /** Estimated preparation hours by level 1..5. */
  static final int[] HOURS_BY_LEVEL = {0, 20, 40, 80, 120, 200};
  private static final List<String> MULTI_WORD_ISSUERS = List.of("EC Council", "Offensive Security",
      "Infosec Institute", "Linux Foundation", "Cloud Security Alliance", "Red Hat", "Check Point",
      "Mosse Institute", "Dark Vortex", "Shared Assessment", "Kali Linux", "Palo Alto");

  /** A parsed roadmap item plus the names it may be known by (for curated overrides). */
  record Item(CredentialRecord credential, List<String> names) {
  }

  private final Path file;
  private final StudyPace pace;
  private final ObjectMapper json = new ObjectMapper();

  RoadmapImporter(Path rawDir, StudyPace pace) {
    this.file = rawDir.resolve("sec_cert_roadmap/certificates.json");
    this.pace = pace;
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
      int level = level(n.path("skillLevel").asInt(26));
      List<String> estimates = new ArrayList<>(List.of("hours", "minWeeks", "maxWeeks"));
      RoadmapCost cost = RoadmapCost.parse(lines.subList(Math.min(1, lines.size()), lines.size()));
      if (cost.parsed() && cost.estimate()) {
        estimates.add("cost");
      }
      List<String> skills = new ArrayList<>();
      mapper.map("Cybersecurity").ifPresent(skills::add);
      List<String> categories = new ArrayList<>();
      categories.add(n.path("mainCategory").asText());
      categories.add(n.path("subCategory").asText());
      n.path("adjacentCategory").forEach(a -> categories.add(a.asText()));
      for (String c : categories) {
        if (CATEGORY_SKILLS.containsKey(c)) {
          mapper.map(CATEGORY_SKILLS.get(c)).ifPresent(skills::add);
        }
      }
      int hours = HOURS_BY_LEVEL[level];
      String id = "seccert:" + Slug.of(shortName);
      CredentialRecord c = new CredentialRecord(id, name, "certification", issuer(name),
          n.path("href").asText(null), shortName,
          cost.parsed() ? CredentialRecord.Cost.usd(cost.items()) : CredentialRecord.Cost.unknown(), hours,
          pace.minWeeks(hours), pace.maxWeeks(hours), "online", "en", level, null,
          CredentialRecord.taught(skills, Math.max(2, Math.min(5, level)), "syllabus"), List.of(), null, null, null,
          CredentialRecord.Quality.NONE, List.of(), "active", estimates, "sec_cert_roadmap", SOURCE_URL);
      byId.putIfAbsent(id, new Item(c, List.of(shortName, name)));
    }
    return new ArrayList<>(byId.values());
  }

  /** Chart row 1 (most advanced) .. 26 (entry) -> level: 1-5 -> 5, 6-10 -> 4, 11-16 -> 3, 17-21 -> 2, 22+ -> 1. */
  static int level(int row) {
    if (row <= 5) {
      return 5;
    }
    if (row <= 10) {
      return 4;
    }
    if (row <= 16) {
      return 3;
    }
    return row <= 21 ? 2 : 1;
  }

  /** The issuing body: the first word of the full name, or a known multi-word issuer. */
  static String issuer(String fullName) {
    for (String m : MULTI_WORD_ISSUERS) {
      if (fullName.startsWith(m)) {
        return m;
      }
    }
    return fullName.split(" ")[0];
  }
}
