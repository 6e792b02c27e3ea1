package io.credpath.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a tiny, valid taxonomy to a directory; tests replace or add lines to break it on purpose. */
public final class TaxonomyFiles {
  static final String HEADER = "{\"source\":{\"name\":\"test\",\"licence\":\"CC0\"}}";

  private final Map<String, List<String>> files = new LinkedHashMap<>();

  public TaxonomyFiles() {
    files.put("skills.jsonl", new ArrayList<>(List.of(HEADER,
        skill("skill:sql", "null"),
        skill("skill:python", "null"))));
    files.put("occupations.jsonl", new ArrayList<>(List.of(HEADER,
        "{\"id\":\"15-2051.01\",\"title\":\"Data Analyst\",\"alternateTitles\":[\"BI Analyst\"],\"description\":\"Analyses data.\","
            + "\"jobZone\":4,\"requirements\":[{\"skill\":\"skill:sql\",\"level\":3,\"importance\":4.5,\"essential\":true,"
            + "\"hot\":false,\"inDemand\":true,\"origin\":\"derived-tasks\"}],\"escoUris\":[],\"related\":[]}")));
    files.put("credentials.jsonl", new ArrayList<>(List.of(HEADER,
        credential("x:a", "\"requires\":{\"anyOf\":[{\"credential\":\"x:b\"},{\"experienceYears\":2}]}"),
        credential("x:b", "\"requires\":{\"skill\":\"skill:sql\",\"level\":2}"),
        credential("x:c", "\"status\":\"retired\",\"sessions\":[\"2025-01-06\"]"))));
    files.put("stacks.jsonl", new ArrayList<>(List.of(HEADER,
        "{\"id\":\"stack:ab\",\"title\":\"A and B\",\"type\":\"certificate\",\"provider\":\"X\",\"url\":\"https://x.org\","
            + "\"components\":{\"atLeast\":2,\"of\":[{\"credential\":\"x:a\"},{\"credential\":\"x:b\"},{\"credential\":\"x:c\"}]},"
            + "\"fee\":50,\"currency\":\"USD\",\"creditValue\":null,\"creditUnit\":null,\"awards\":null,\"source\":\"https://x.org\"}")));
    files.put("search-abbreviations.jsonl", new ArrayList<>(List.of(HEADER,
        abbreviation("bi", "business intelligence"),
        abbreviation("cert", "certificate", "certification"))));
    files.put("search-stop-words.jsonl", new ArrayList<>(List.of(HEADER, word("a"), word("the"), word("of"))));
    files.put("search-filler-words.jsonl", new ArrayList<>(List.of(HEADER, word("know"), word("basic"))));
  }

  /** A valid search word row (stop or filler words). */
  static String word(String word) {
    return "{\"word\":\"" + word + "\",\"reason\":\"A test word.\"}";
  }

  /** A valid abbreviation row. */
  static String abbreviation(String abbreviation, String... expansions) {
    return "{\"abbreviation\":\"" + abbreviation + "\",\"expansions\":[\"" + String.join("\",\"", expansions)
        + "\"],\"reason\":\"A test abbreviation.\"}";
  }

  static String skill(String id, String parent) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + id.substring(6) + "\",\"aliases\":[],\"category\":\"technology\",\"parent\":"
        + parent + ",\"uris\":[]}";
  }

  /** A valid credential line with {@code extra} JSON members appended (tests change defaults with {@code replace}). */
  static String credential(String id, String extra) {
    return "{\"id\":\"" + id + "\",\"title\":\"Title " + id + "\",\"type\":\"certification\",\"provider\":\"X\","
        + "\"url\":\"https://x.org/" + id + "\",\"description\":\"\",\"cost\":{\"currency\":\"USD\",\"items\":[{\"kind\":\"exam\","
        + "\"amount\":100}]},\"hours\":20,\"minWeeks\":2,\"maxWeeks\":4,\"delivery\":\"online\",\"language\":\"en\",\"level\":2,"
        + "\"rating\":4.5,\"skills\":[{\"skill\":\"skill:sql\",\"level\":2}],\"unmappedSkills\":[\"Data Wrangling\"],"
        + "\"quality\":{\"accreditedBy\":[],\"recognizedBy\":[],\"endorsedBy\":[]},\"estimates\":[\"hours\"],\"source\":\"test\""
        + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  /** Line {@code line} (1-based, header is line 1) of a file. */
  String line(String file, int line) {
    return files.get(file).get(line - 1);
  }

  /** Replaces line {@code line} (1-based, header is line 1) of a file. */
  TaxonomyFiles set(String file, int line, String text) {
    files.get(file).set(line - 1, text);
    return this;
  }

  TaxonomyFiles add(String file, String text) {
    files.get(file).add(text);
    return this;
  }

  TaxonomyFiles remove(String file) {
    files.remove(file);
    return this;
  }

  public Path writeTo(Path dir) {
    try {
      for (Map.Entry<String, List<String>> f : files.entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
