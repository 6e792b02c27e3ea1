package io.credpath.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.credpath.catalog.JsonLinesReader.Located;
import io.credpath.catalog.JsonLinesReader.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the search word lists that sit beside the taxonomy files: {@value #ABBREVIATIONS}, {@value #STOP_WORDS} and
 * {@value #FILLER_WORDS}, each a {@code {"source": ...}} header and then one row per line with a {@code reason}. Every
 * problem names the file, the line, the row's word and the field: a missing file or reason, an abbreviation without
 * an expansion, a word that is not one lower-case word, a word listed twice.
 */
final class SearchWordsReader {
  static final String ABBREVIATIONS = "search-abbreviations.jsonl";
  static final String STOP_WORDS = "search-stop-words.jsonl";
  static final String FILLER_WORDS = "search-filler-words.jsonl";

  private record Abbreviation(String abbreviation, List<String> expansions) {}

  /** The lists (without the rows that failed), every file read (for its source header) and every problem. */
  record Outcome(SearchWords words, List<ParsedFile<?>> files, List<Problem> problems) {}

  private final JsonLinesReader reader;

  SearchWordsReader(JsonLinesReader reader) {
    this.reader = reader;
  }

  Outcome read(Path dir) {
    ParsedFile<Abbreviation> abbreviations = reader.read(dir, ABBREVIATIONS, SearchWordsReader::abbreviation);
    ParsedFile<String> stopWords = reader.read(dir, STOP_WORDS, SearchWordsReader::word);
    ParsedFile<String> fillerWords = reader.read(dir, FILLER_WORDS, SearchWordsReader::word);
    List<Problem> problems = new ArrayList<>();
    problems.addAll(abbreviations.problems());
    problems.addAll(duplicates(abbreviations, "abbreviation"));
    problems.addAll(stopWords.problems());
    problems.addAll(duplicates(stopWords, "word"));
    problems.addAll(fillerWords.problems());
    problems.addAll(duplicates(fillerWords, "word"));
    Map<String, List<String>> expansions = new LinkedHashMap<>();
    abbreviations.records().forEach(a -> expansions.putIfAbsent(a.value().abbreviation(), a.value().expansions()));
    SearchWords words = new SearchWords(expansions, values(stopWords), values(fillerWords));
    return new Outcome(words, List.of(abbreviations, stopWords, fillerWords), List.copyOf(problems));
  }

  private static Optional<Abbreviation> abbreviation(FieldReader f, JsonNode n) {
    String abbreviation = key(f, n, "abbreviation");
    List<String> expansions = new ArrayList<>();
    JsonNode listed = n.get("expansions");
    if (listed == null || listed.isNull()) {
      f.problem("expansions", "is required: what the abbreviation stands for, e.g. [\"registered nurse\"]");
    } else if (listed.isArray() && listed.isEmpty()) {
      f.problem("expansions", "must name at least one expansion");
    }
    for (FieldReader.Element e : f.array(n, "", "expansions")) {
      String expansion = f.text(e.node(), e.path());
      if (e.node().isTextual() && expansion.isBlank()) f.problem(e.path(), "must not be blank");
      expansions.add(expansion);
    }
    reason(f, n);
    return f.failed() ? Optional.empty() : Optional.of(new Abbreviation(abbreviation, expansions));
  }

  private static Optional<String> word(FieldReader f, JsonNode n) {
    String word = key(f, n, "word");
    reason(f, n);
    return f.failed() ? Optional.empty() : Optional.of(word);
  }

  /** The row's word: searches compare words lower-cased and one at a time, so any other word could never match. */
  private static String key(FieldReader f, JsonNode n, String field) {
    int before = f.problems().size();
    String word = f.readId(n, field);
    if (f.problems().size() > before) return word;
    if (word.isBlank()) {
      f.problem(field, "must not be blank");
    } else if (word.chars().anyMatch(Character::isWhitespace)) {
      f.problem(field, "must be one word, got \"" + word + "\"");
    } else if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      f.problem(field, "must be lower case (searches compare words lower-cased), got \"" + word + "\"");
    }
    return word;
  }

  private static void reason(FieldReader f, JsonNode n) {
    int before = f.problems().size();
    String reason = f.string(n, "", "reason");
    if (f.problems().size() == before && reason.isBlank()) f.problem("reason", "must not be blank: say why the row is here");
  }

  private static List<Problem> duplicates(ParsedFile<?> file, String field) {
    List<Problem> out = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (Located<String> id : file.ids()) {
      Integer earlier = first.putIfAbsent(id.value(), id.line());
      if (earlier != null) out.add(new Problem(file.name(), id.line(), id.value(), field, "listed twice, first on line " + earlier));
    }
    return out;
  }

  private static Set<String> values(ParsedFile<String> file) {
    Set<String> out = new LinkedHashSet<>();
    file.records().forEach(r -> out.add(r.value()));
    return out;
  }
}
