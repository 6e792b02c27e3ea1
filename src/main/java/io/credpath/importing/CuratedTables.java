package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The hand-written tables the importer reads from {@code taxonomy/curated/}: JSON Lines, a {@code {"source":...}}
 * header first, and a {@code reason} on every row saying why it is there. A bad row stops the import with the file
 * and line, never silently.
 */
final class CuratedTables {
  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  CuratedTables(Path curatedDir) {
    this.dir = curatedDir;
  }

  /**
   * A canonical skill: name, category, aliases; these win every naming conflict. {@code general} marks a skill most
   * jobs share (customer service), which task signals then add as a general requirement, not as the field's core.
   */
  record CanonicalSkill(String name, String category, List<String> aliases, boolean general) {}

  /** A pattern that, found in an occupation's task, work activity or key title, shows it needs {@code skill}. */
  record Signal(Pattern pattern, String skill) {}

  /** An ESCO occupation label the crosswalk maps poorly, and the O*NET code it means. */
  record EscoLink(String escoLabel, String occupation) {}

  /** A title career changers use that O*NET does not list for the occupation. */
  record ExtraTitle(String occupation, String title) {}

  /** A product suite whose name in a title names its applications too. */
  record Suite(String suite, List<String> members) {}

  /**
   * A kind of software (an O*NET commodity, by name) and where it is core: {@code socGroups} present limits a specialist's kind to those groups
   * (elsewhere it is general); {@code coreIn} names groups where a kind most jobs share (spreadsheets) is core anyway.
   */
  record ToolScope(String kind, java.util.Optional<List<String>> socGroups, List<String> coreIn) {}

  /** An unrated occupation and the rated one whose ratings it borrows, where the automatic choice misleads. */
  record Donor(String occupation, String donor) {}

  List<CanonicalSkill> skills() {
    return rows("skills.jsonl", (n, at) -> new CanonicalSkill(text(n, "name", at), text(n, "category", at), strings(n, "aliases"),
        n.path("general").asBoolean(false)));
  }

  List<Signal> signals() {
    return rows("signals.jsonl", (n, at) -> {
      String p = text(n, "pattern", at);
      try {
        return new Signal(Pattern.compile(p, Pattern.CASE_INSENSITIVE), text(n, "skill", at));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(at + ": pattern is not a valid regular expression: " + e.getDescription());
      }
    });
  }

  List<EscoLink> escoLinks() {
    return rows("esco-links.jsonl", (n, at) -> new EscoLink(text(n, "escoLabel", at).toLowerCase(Locale.ROOT), text(n, "occupation", at)));
  }

  List<ExtraTitle> alternateTitles() {
    return rows("alternate-titles.jsonl", (n, at) -> new ExtraTitle(text(n, "occupation", at), text(n, "title", at)));
  }

  List<Suite> suites() {
    return rows("suites.jsonl", (n, at) -> new Suite(text(n, "suite", at), strings(n, "members")));
  }

  List<ToolScope> toolScopes() {
    return rows("tool-scope.jsonl", (n, at) -> {
      List<String> groups = strings(n, "socGroups");
      List<String> core = strings(n, "coreIn");
      for (String g : java.util.stream.Stream.concat(groups.stream(), core.stream()).toList()) {
        if (!g.matches("[0-9]{2}(-[0-9]{1,4})?")) {
          throw new IllegalArgumentException(at + ": socGroups and coreIn must be SOC prefixes (a major group \"27\", a minor "
              + "group \"27-1\", a broad or detailed occupation \"27-1024\"), got " + g);
        }
      }
      if (!n.has("socGroups") && core.isEmpty()) throw new IllegalArgumentException(at + ": give socGroups, coreIn or both");
      return new ToolScope(text(n, "kind", at), n.has("socGroups") ? java.util.Optional.of(groups) : java.util.Optional.empty(), core);
    });
  }

  List<Donor> donors() {
    return rows("donors.jsonl", (n, at) -> new Donor(text(n, "occupation", at), text(n, "donor", at)));
  }

  /** A raw record the import leaves out on purpose: its file under the raw directory and its key in that file. */
  record Exclusion(String file, String record, String at) {}

  /** The raw records the import would reject and leaves out instead, each with its reason ({@link LeftOutRecords}). */
  List<Exclusion> exclusions() {
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    return rows(LeftOutRecords.EXCLUSIONS, (n, at) -> {
      String file = text(n, "file", at);
      String record = text(n, "record", at);
      once(seen, record + " of " + file, "record", at);
      return new Exclusion(file, record, at);
    });
  }

  /** A credential and occupations a table adds to one of its lists, applied at import to curated and imported credentials alike. */
  record CredentialOccupations(String credential, List<String> occupations) {}

  /** Credentials that prepare for occupations ({@code preparesFor}). */
  List<CredentialOccupations> preparations() {
    return occupationRows("prepares.jsonl", "preparesFor");
  }

  /** Occupations whose years an issuer counts toward the experience its credential asks for ({@code experienceIn}). */
  List<CredentialOccupations> experienceCredits() {
    return occupationRows("experience-in.jsonl", "experienceIn");
  }

  private List<CredentialOccupations> occupationRows(String file, String field) {
    return rows(file, (n, at) -> {
      text(n, "source", at);
      List<String> codes = strings(n, field);
      if (codes.isEmpty()) throw new IllegalStateException(at + ": " + field + " names no occupation");
      return new CredentialOccupations(text(n, "credential", at), codes);
    });
  }

  /** Entry routes by occupation, as written (checked against the occupations by the importer). */
  List<ObjectNode> entryRoutes() {
    return rows("entry-routes.jsonl", (n, at) -> {
      text(n, "occupation", at);
      text(n, "route", at);
      text(n, "summary", at);
      text(n, "sourceUrl", at);
      return n;
    });
  }

  /** Curated credential files: {@code certifications.jsonl} and every {@code credentials-*.jsonl}, in name order. */
  List<String> credentialFiles() {
    List<String> files = new ArrayList<>();
    if (Files.exists(dir.resolve("certifications.jsonl"))) files.add("certifications.jsonl");
    try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
      s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("credentials-") && f.endsWith(".jsonl")).sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return files;
  }

  /** The header {@code source} block of a curated file, if it has one. */
  Optional<JsonNode> header(String file) {
    return lines(file).stream().filter(l -> isHeader(l.node())).findFirst().map(l -> l.node().get("source"));
  }

  /** The records of a curated file (header skipped), each with the location problems name. */
  List<Located> records(String file) {
    return lines(file).stream().filter(l -> !isHeader(l.node())).toList();
  }

  /** One record and where it is: {@code taxonomy/curated/<file>:<line>}. */
  record Located(ObjectNode node, String at) {}

  /** Reads one row of a table; {@code at} is the file and line, for the problems it names. */
  interface RowReader<T> {
    T read(ObjectNode n, String at);
  }

  /** Where a curated file is, for problems that name the file rather than a line of it. */
  Path path(String file) {
    return dir.resolve(file);
  }

  /**
   * The rows of a table the import cannot do without (a word list, a price, a threshold): unlike the optional tables,
   * a missing file or a missing {@code {"source": ...}} header on its first line stops the import, and so does a row
   * without its {@code reason}.
   */
  <T> List<T> requiredRows(String file, RowReader<T> reader) {
    Path p = path(file);
    if (!Files.exists(p)) throw new IllegalStateException(p + ": missing; the import needs this table (taxonomy/README.md, Curated tables)");
    List<Located> all = lines(file);
    if (all.isEmpty() || !isHeader(all.get(0).node()) || !all.get(0).node().get("source").isObject()) {
      throw new IllegalStateException((all.isEmpty() ? p + ":1" : all.get(0).at()) + ": the first line must be the {\"source\": {...}} header");
    }
    return rows(all.stream().filter(l -> !isHeader(l.node())).toList(), reader);
  }

  private <T> List<T> rows(String file, RowReader<T> reader) {
    return rows(records(file), reader);
  }

  private static <T> List<T> rows(List<Located> records, RowReader<T> reader) {
    List<T> out = new ArrayList<>();
    for (Located l : records) {
      text(l.node(), "reason", l.at());
      out.add(reader.read(l.node(), l.at()));
    }
    return out;
  }

  private static boolean isHeader(JsonNode n) {
    return n.has("source") && n.size() == 1;
  }

  private List<Located> lines(String file) {
    Path p = dir.resolve(file);
    if (!Files.exists(p)) return List.of();
    List<String> text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString().lines().toList();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(p + ": not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.isBlank()) continue;
      String at = p + ":" + (i + 1);
      try {
        JsonNode n = json.readTree(line);
        if (!(n instanceof ObjectNode o)) throw new IllegalStateException(at + ": must be a JSON object");
        out.add(new Located(o, at));
      } catch (IOException e) {
        throw new IllegalStateException(at + ": not JSON: " + e.getMessage());
      }
    }
    return out;
  }

  static String text(JsonNode n, String field, String at) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) throw new IllegalStateException(at + ": " + field + " is required (a non-empty string)");
    return v.asText();
  }

  /** A number from {@code min} to {@code max}, or the problem naming the row and field. */
  static double number(JsonNode n, String field, String at, double min, double max) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) throw new IllegalStateException(at + ": " + field + " is required (a number)");
    double d = v.doubleValue();
    if (d < min || d > max) throw new IllegalStateException(at + ": " + field + " must be from " + plain(min) + " to " + plain(max) + ", got " + v);
    return d;
  }

  /** A whole number from {@code min} to {@code max}, or the problem naming the row and field. */
  static int whole(JsonNode n, String field, String at, int min, int max) {
    JsonNode v = n.get(field);
    if (v == null || !v.isIntegralNumber()) throw new IllegalStateException(at + ": " + field + " is required (a whole number)");
    if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
      throw new IllegalStateException(at + ": " + field + " must be from " + min + " to " + max + ", got " + v);
    }
    return v.intValue();
  }

  /** A number as an editor wrote it: 3, not 3.0; 0.5 as 0.5. */
  static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e9 ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** Refuses a key a table lists twice, naming both places; {@code seen} maps each key to where it was first. */
  static void once(java.util.Map<String, String> seen, String key, String field, String at) {
    String first = seen.putIfAbsent(key, at);
    if (first != null) {
      throw new IllegalStateException(at + ": " + field + " " + key + " is listed twice, first on line " + first.substring(first.lastIndexOf(':') + 1));
    }
  }

  static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    n.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Applies {@code f} to each record of a file, naming the file and line of any failure. */
  <T> List<T> map(String file, Function<Located, T> f) {
    List<T> out = new ArrayList<>();
    for (Located l : records(file)) {
      try {
        out.add(f.apply(l));
      } catch (RuntimeException e) {
        throw new IllegalStateException(l.at() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
