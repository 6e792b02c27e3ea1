package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the hand-curated credentials ({@code taxonomy/curated/certifications.jsonl} and {@code credentials-*.jsonl})
 * and stacks. A credential names its skills as free text, either {@code skills: [{name, level, basis}]} (the level a
 * beginner reaches, and whether the title or the syllabus shows it) or the older {@code skillNames} (taught at 3 for
 * an entry credential of level 2 or less, else 4, from the syllabus); names are mapped here, unmapped ones kept in
 * {@code unmappedSkills}. {@code costUnknown: true} (or {@code costUnknown} in estimates) writes an unknown cost.
 * {@code preparesFor} must name O*NET codes the import knows.
 */
final class CuratedImporter {

  private final CuratedTables tables;
  private final ObjectMapper json = new ObjectMapper();

  CuratedImporter(CuratedTables tables) {
    this.tables = tables;
  }

  /** The curated credentials of every curated credential file, skills mapped, checked against {@code occupations}. */
  List<ObjectNode> credentials(SkillMapper mapper, Set<String> occupations) {
    List<ObjectNode> out = new ArrayList<>();
    for (String file : tables.credentialFiles()) {
      out.addAll(tables.map(file, l -> credential(l.node(), mapper, occupations)));
    }
    return out;
  }

  private ObjectNode credential(ObjectNode n, SkillMapper mapper, Set<String> occupations) {
    CuratedTables.text(n, "id", "");
    int level = Math.max(1, Math.min(5, n.path("level").asInt(2)));
    ArrayNode skills = json.createArrayNode();
    ArrayNode unmapped = json.createArrayNode();
    Set<String> seen = new HashSet<>();
    for (JsonNode s : n.path("skills")) {
      String name = s.has("name") ? s.path("name").asText() : null;
      Optional<String> id = name == null ? Optional.ofNullable(s.path("skill").asText(null)) : mapper.mapCounted(name);
      int taught = s.path("level").asInt(level <= 2 ? 3 : 4);
      if (taught < 1 || taught > 5) throw new IllegalArgumentException("skills level must be 1..5, got " + taught + " for " + s);
      String basis = s.path("basis").asText("syllabus");
      if (!basis.equals("title") && !basis.equals("syllabus")) {
        throw new IllegalArgumentException("skills basis must be title or syllabus, got " + basis);
      }
      if (id.isEmpty()) {
        unmapped.add(name);
      } else if (seen.add(id.get())) {
        skills.addObject().put("skill", id.get()).put("level", taught).put("basis", basis);
      }
    }
    for (JsonNode name : n.path("skillNames")) {
      Optional<String> id = mapper.mapCounted(name.asText());
      if (id.isEmpty()) {
        unmapped.add(name.asText());
      } else if (seen.add(id.get())) {
        skills.addObject().put("skill", id.get()).put("level", level <= 2 ? 3 : 4).put("basis", "syllabus");
      }
    }
    for (String field : List.of("preparesFor", "experienceIn")) {
      for (JsonNode code : n.path(field)) {
        if (!occupations.contains(code.asText())) throw new IllegalArgumentException(field + " names unknown occupation " + code.asText());
      }
    }
    n.path("cost").fieldNames().forEachRemaining(k -> {
      if (!k.equals("currency") && !k.equals("items")) {
        throw new IllegalArgumentException("cost has an unknown field \"" + k + "\" (only currency and items; an unpublished "
            + "price is \"costUnknown\": true beside cost)");
      }
    });
    ObjectNode copy = json.createObjectNode();
    boolean unknownCost = n.path("costUnknown").asBoolean(false) || contains(n.path("estimates"), "costUnknown");
    n.fields().forEachRemaining(e -> {
      switch (e.getKey()) {
        case "skillNames", "unmappedSkills", "costUnknown" -> { }
        case "skills" -> { }
        case "estimates" -> {
          ArrayNode est = copy.putArray("estimates");
          e.getValue().forEach(v -> {
            if (!v.asText().equals("costUnknown")) est.add(v);
          });
        }
        default -> copy.set(e.getKey(), e.getValue());
      }
    });
    copy.set("skills", skills);
    copy.set("unmappedSkills", unmapped);
    if (unknownCost) {
      ObjectNode cost = copy.putObject("cost");
      cost.put("currency", n.path("cost").path("currency").asText("USD"));
      cost.putArray("items");
      cost.put("known", false);
    }
    return copy;
  }

  /**
   * The curated stacks; one whose components or award name a credential not among {@code credentialIds} stops the
   * import at its line, as any bad curated row does.
   */
  List<ObjectNode> stacks(Set<String> credentialIds) {
    List<ObjectNode> out = new ArrayList<>();
    for (CuratedTables.Located s : tables.records("stacks.jsonl")) {
      for (StackReferences.Reference r : StackReferences.of(s.node())) {
        if (!credentialIds.contains(r.credential())) {
          throw new IllegalStateException(s.at() + ": " + r.field() + " names unknown credential " + r.credential());
        }
      }
      out.add(s.node());
    }
    return out;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode v : array) if (v.asText().equals(value)) return true;
    return false;
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
}
