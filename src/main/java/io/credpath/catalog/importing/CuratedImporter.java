package io.credpath.catalog.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the hand-curated certifications and stacks (taxonomy/curated/*.jsonl). Certifications
 * name skills as free text ({@code skillNames}) that are mapped here; a missing file reads as empty.
 */
final class CuratedImporter {

  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  CuratedImporter(Path curatedDir) {
    this.dir = curatedDir;
  }

  /** The header {@code source} block of a curated file, if the file has one. */
  Optional<JsonNode> header(String file) {
    return lines(file).stream().filter(CuratedImporter::isHeader).findFirst().map(n -> n.get("source"));
  }

  /** Curated certifications with skillNames replaced by mapped skills / unmappedSkills. */
  List<ObjectNode> certifications(SkillMapper mapper) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode n : lines("certifications.jsonl")) {
      if (isHeader(n)) {
        continue;
      }
      int level = Math.max(1, Math.min(5, n.path("level").asInt(2)));
      int taught = level <= 2 ? 3 : 4;
      ArrayNode skills = n.has("skills") && n.get("skills").isArray() ? (ArrayNode) n.get("skills")
          : json.createArrayNode();
      Set<String> seen = new HashSet<>();
      skills.forEach(s -> seen.add(s.path("skill").asText()));
      ArrayNode unmapped = json.createArrayNode();
      for (JsonNode name : n.path("skillNames")) {
        Optional<String> id = mapper.mapCounted(name.asText());
        if (id.isEmpty()) {
          unmapped.add(name.asText());
        } else if (seen.add(id.get())) {
          skills.addObject().put("skill", id.get()).put("level", taught);
        }
      }
      ObjectNode copy = json.createObjectNode();
      n.fields().forEachRemaining(e -> {
        if (e.getKey().equals("skillNames")) {
          copy.set("skills", skills);
          copy.set("unmappedSkills", unmapped);
        } else if (!e.getKey().equals("skills") && !e.getKey().equals("unmappedSkills")) {
          copy.set(e.getKey(), e.getValue());
        }
      });
      if (!copy.has("skills")) {
        copy.set("skills", skills);
        copy.set("unmappedSkills", unmapped);
      }
      out.add(copy);
    }
    return out;
  }

  List<ObjectNode> stacks() {
    return lines("stacks.jsonl").stream().filter(n -> !isHeader(n)).toList();
  }

  /** Names a certification may be known by: title, title without "(...)", the bracketed acronym, id tail. */
  static List<String> names(JsonNode cert) {
    List<String> names = new ArrayList<>();
    String title = cert.path("title").asText();
    names.add(title);
    int open = title.indexOf('(');
    if (open > 0 && title.indexOf(')', open) > open) {
      names.add(title.substring(0, open));
      names.add(title.substring(open + 1, title.indexOf(')', open)));
    }
    String id = cert.path("id").asText();
    names.add(id.substring(id.indexOf(':') + 1));
    String provider = cert.path("provider").asText();
    if (!provider.isEmpty() && title.startsWith(provider + " ")) {
      names.add(title.substring(provider.length() + 1));
    }
    return names;
  }

  /** Matching form of a certification name: "CompTIA Security+" ~ "comptiasecurityplus". */
  static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT).replace("+", "plus").replaceAll("[^a-z0-9]", "");
  }

  private static boolean isHeader(JsonNode n) {
    return n.has("source") && !n.has("id");
  }

  private List<ObjectNode> lines(String file) {
    Path p = dir.resolve(file);
    if (!Files.exists(p)) {
      return List.of();
    }
    List<ObjectNode> out = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add((ObjectNode) json.readTree(line));
        } catch (IOException | ClassCastException e) {
          throw new IllegalStateException(p + ":" + lineNo + ": not a JSON object: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
    return out;
  }
}
