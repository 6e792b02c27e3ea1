package io.credpath.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/** Reads one taxonomy JSON Lines file: the {@code source} header, then one record per line, parsed in parallel. */
final class JsonLinesReader {
  private final ObjectMapper mapper;

  JsonLinesReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A record or id read from a line of a file. */
  record Located<T>(T value, int line) {}

  /** What one file held: its header's source block, the records that read cleanly, every id seen, and the problems. */
  record ParsedFile<T>(String name, Optional<Object> source, List<Located<T>> records, List<Located<String>> ids,
      List<Problem> problems) {}

  private record LineResult<T>(Optional<T> record, String id, int line, List<Problem> problems) {}

  <T> ParsedFile<T> read(Path dir, String name, BiFunction<FieldReader, JsonNode, Optional<T>> toRecord) {
    Path path = dir.resolve(name);
    List<Problem> problems = new ArrayList<>();
    if (!Files.isRegularFile(path)) {
      problems.add(new Problem(name, 0, "", "", "file is missing from " + dir));
      return new ParsedFile<>(name, Optional.empty(), List.of(), List.of(), problems);
    }
    List<String> lines;
    try {
      lines = utf8Lines(name, Files.readAllBytes(path), problems);
    } catch (IOException e) {
      problems.add(new Problem(name, 0, "", "", "cannot be read: " + e));
      return new ParsedFile<>(name, Optional.empty(), List.of(), List.of(), problems);
    }
    boolean headerReadable = problems.stream().noneMatch(p -> p.line() == 1);
    Optional<Object> source = headerReadable ? header(name, lines, problems) : Optional.empty();
    List<LineResult<T>> results = IntStream.range(1, lines.size()).parallel()
        .filter(i -> !lines.get(i).isBlank())
        .mapToObj(i -> readLine(name, i + 1, lines.get(i), toRecord))
        .toList();
    List<Located<T>> records = new ArrayList<>(results.size());
    List<Located<String>> ids = new ArrayList<>(results.size());
    for (LineResult<T> r : results) {
      r.record().ifPresent(rec -> records.add(new Located<>(rec, r.line())));
      if (!r.id().isEmpty()) ids.add(new Located<>(r.id(), r.line()));
      problems.addAll(r.problems());
    }
    return new ParsedFile<>(name, source, records, ids, problems);
  }

  /**
   * The lines of a file ({@code \n} or {@code \r\n} ended); a line that is not valid UTF-8 is a problem naming its line
   * and byte, and reads as blank so that the other lines are still checked.
   */
  static List<String> utf8Lines(String name, byte[] bytes, List<Problem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int newline = start;
      while (newline < bytes.length && bytes[newline] != '\n') newline++;
      int end = newline > start && bytes[newline - 1] == '\r' ? newline - 1 : newline;
      ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
      CharBuffer out = CharBuffer.allocate(end - start);
      CoderResult result = decoder.reset().decode(in, out, true);
      if (result.isError()) {
        problems.add(new Problem(name, lines.size() + 1, "", "", "is not valid UTF-8 (byte " + (in.position() - start + 1) + " of the line)"));
        lines.add("");
      } else {
        lines.add(out.flip().toString());
      }
      start = newline + 1;
    }
    return lines;
  }

  private Optional<Object> header(String name, List<String> lines, List<Problem> problems) {
    if (lines.isEmpty()) {
      problems.add(new Problem(name, 1, "", "", "is empty; the first line must be a {\"source\": {...}} header"));
      return Optional.empty();
    }
    try {
      JsonNode node = mapper.readTree(lines.get(0));
      if (node != null && node.path("source").isObject()) return Optional.of(mapper.convertValue(node.get("source"), Map.class));
      problems.add(new Problem(name, 1, "", "", "first line must be a {\"source\": {...}} header"));
    } catch (JsonProcessingException e) {
      problems.add(malformed(name, 1, e));
    }
    return Optional.empty();
  }

  private <T> LineResult<T> readLine(String name, int line, String text, BiFunction<FieldReader, JsonNode, Optional<T>> toRecord) {
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return new LineResult<>(Optional.empty(), "", line, List.of(malformed(name, line, e)));
    }
    FieldReader f = new FieldReader(name, line);
    if (node == null || !node.isObject()) {
      f.problem("", "must be a JSON object, got " + (node == null ? "nothing" : FieldReader.got(node)));
      return new LineResult<>(Optional.empty(), "", line, f.problems());
    }
    Optional<T> record;
    try {
      record = toRecord.apply(f, node);
    } catch (IllegalArgumentException e) { // a record invariant the field checks did not anticipate
      f.problem("", e.getMessage());
      record = Optional.empty();
    }
    return new LineResult<>(f.failed() ? Optional.empty() : record, f.id(), line, f.problems());
  }

  private static Problem malformed(String name, int line, JsonProcessingException e) {
    String why = e.getOriginalMessage();
    for (String cut : new String[] {"\n", " (start marker", " at [Source", ": expected close marker"}) {
      int at = why.indexOf(cut);
      if (at > 0) why = why.substring(0, at);
    }
    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    return new Problem(name, line, "", "", "malformed JSON at column " + column + ": " + why);
  }
}
