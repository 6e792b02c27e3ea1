package io.credpath.advising;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.ClosestNames;
import io.credpath.catalog.Credential;
import io.credpath.catalog.UnknownIdException;
import io.credpath.planner.AmbiguousTargetException;
import io.credpath.planner.Budget;
import io.credpath.planner.TargetResolver;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Reads a cohort file: a header naming the columns (any order, any case; {@code reference}, {@code name} and {@code target}
 * required), then one learner per row. Occupations are ids or titles resolved as the planner resolves a target (a title
 * several occupations share is a row error listing them); held credentials are ids separated by {@code ;}, in the
 * caller's catalogue scope. Each row is kept or rejected with every problem in it, by line and column.
 */
final class CohortCsv {
  /** The most learners one file may hold. */
  static final int MAX_LEARNERS = 5_000;

  /** The columns a cohort file may have, by header name. */
  enum Column {
    REFERENCE(true), NAME(true), CURRENT_OCCUPATION(false), TARGET(true), HELD_CREDENTIALS(false), EXPERIENCE_YEARS(false),
    HOURS_PER_WEEK(false), MAX_COST(false), MAX_WEEKS(false);

    final boolean required;

    Column(boolean required) {
      this.required = required;
    }

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The rows read: how many, those kept (in order) and those rejected. */
  record Parsed(int rows, List<CohortRow> accepted, List<RowOutcome> rejected) {}

  private final Catalog catalog;
  private final CatalogScope scope;
  private final TargetResolver occupations;

  CohortCsv(Catalog catalog, CatalogScope scope) {
    this.catalog = catalog;
    this.scope = scope;
    this.occupations = new TargetResolver(catalog);
  }

  /** Reads {@code bytes} (UTF-8); a {@link CohortFileException} when the file as a whole cannot be read. */
  Parsed read(byte[] bytes) {
    java.nio.CharBuffer decoded = java.nio.CharBuffer.allocate(bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, decoded, true);
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') { line++; column = 1; } else if (bytes[i] == ',') column++;
      }
      throw new CohortFileException("the file is not UTF-8 text", List.of(new CsvError(line, column, "", "bytes that are not UTF-8")));
    }
    String text = decoded.flip().toString();
    List<CsvRecords.Record> records = new CsvRecords(text).read(MAX_LEARNERS + 1);
    if (records.isEmpty()) throw new CohortFileException("the file is empty", List.of(new CsvError(1, 1, "", "no header and no rows")));
    Map<Column, Integer> columns = header(records.get(0));
    if (records.size() == 1) {
      throw new CohortFileException("the file has a header and no rows", List.of(new CsvError(2, 1, "", "no learner rows after the header")));
    }
    List<CohortRow> accepted = new ArrayList<>();
    List<RowOutcome> rejected = new ArrayList<>();
    Map<String, Integer> references = new HashMap<>();
    for (CsvRecords.Record r : records.subList(1, records.size())) {
      Row row = new Row(r, columns, records.get(0).fields().size());
      Optional<CohortRow> read = row.read();
      Integer earlier = references.putIfAbsent(row.reference, r.line());
      if (earlier != null && !row.reference.isEmpty()) {
        row.error(Column.REFERENCE, "the reference '" + row.reference + "' is on line " + earlier + " too");
        read = Optional.empty();
      }
      if (read.isPresent()) accepted.add(read.get());
      else rejected.add(RowOutcome.rejected(r.line(), row.reference, row.errors));
    }
    return new Parsed(records.size() - 1, accepted, rejected);
  }

  private static Map<Column, Integer> header(CsvRecords.Record header) {
    Map<Column, Integer> columns = new HashMap<>();
    List<CsvError> errors = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      Optional<Column> column = java.util.Arrays.stream(Column.values()).filter(c -> c.header().equals(name)).findFirst();
      if (column.isEmpty()) {
        errors.add(new CsvError(header.line(), i + 1, name, "unknown column; the columns are " + columnNames()));
      } else if (columns.putIfAbsent(column.get(), i) != null) {
        errors.add(new CsvError(header.line(), i + 1, name, "the column is named twice"));
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !columns.containsKey(c)) {
        errors.add(new CsvError(header.line(), header.fields().size() + 1, c.header(), "the header has no " + c.header() + " column"));
      }
    }
    if (!errors.isEmpty()) throw new CohortFileException("the header is not a cohort file's: " + errors.get(0), errors);
    return columns;
  }

  private static String columnNames() {
    return java.util.Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", "));
  }

  /** One data row being read, collecting every problem in it. */
  private final class Row {
    private final CsvRecords.Record record;
    private final Map<Column, Integer> columns;
    private final int width;
    final List<CsvError> errors = new ArrayList<>();
    final String reference;

    Row(CsvRecords.Record record, Map<Column, Integer> columns, int width) {
      this.record = record;
      this.columns = columns;
      this.width = width;
      this.reference = cell(Column.REFERENCE);
    }

    Optional<CohortRow> read() {
      if (record.fields().size() != width) {
        errors.add(new CsvError(record.line(), Math.min(record.fields().size(), width) + 1, "",
            "the row has " + record.fields().size() + " fields and the header " + width));
        return Optional.empty();
      }
      String name = cell(Column.NAME);
      text(Column.REFERENCE, reference);
      text(Column.NAME, name);
      Optional<String> current = occupation(Column.CURRENT_OCCUPATION, "current occupation");
      Optional<String> target = occupation(Column.TARGET, "target");
      if (cell(Column.TARGET).isEmpty()) error(Column.TARGET, "is required");
      List<String> held = credentials();
      double years = number(Column.EXPERIENCE_YEARS, 0, 60).orElse(0);
      double perWeek = number(Column.HOURS_PER_WEEK, 0.5, 80).orElse(8);
      OptionalDouble maxCost = number(Column.MAX_COST, 0, 1e9);
      OptionalDouble weeks = number(Column.MAX_WEEKS, 1, 520);
      if (weeks.isPresent() && weeks.getAsDouble() != Math.rint(weeks.getAsDouble())) error(Column.MAX_WEEKS, "must be a whole number of weeks");
      if (!errors.isEmpty()) return Optional.empty();
      Budget budget = new Budget(maxCost, "USD", OptionalDouble.empty(),
          weeks.isPresent() ? OptionalInt.of((int) weeks.getAsDouble()) : OptionalInt.empty(), perWeek);
      return Optional.of(new CohortRow(record.line(), columns.get(Column.REFERENCE) + 1, new LearnerFields(reference, name, current, held, List.of(), years, List.of(), budget, ""),
          target.orElseThrow()));
    }

    private void text(Column c, String value) {
      if (value.isEmpty()) error(c, "is required");
      else if (value.length() > LearnerFields.MAX_TEXT) error(c, "must be at most " + LearnerFields.MAX_TEXT + " characters");
    }

    private Optional<String> occupation(Column c, String role) {
      String named = cell(c);
      if (named.isEmpty()) return Optional.empty();
      try {
        return Optional.of(occupations.resolve(named, role).id());
      } catch (AmbiguousTargetException e) {
        error(c, "'" + named + "' names several occupations; write one of their ids: "
            + e.choices().stream().map(t -> t.id() + " (" + t.title() + ")").collect(Collectors.joining(", ")));
      } catch (UnknownIdException e) {
        error(c, e.getMessage());
      }
      return Optional.empty();
    }

    private List<String> credentials() {
      List<String> held = new ArrayList<>();
      for (String id : cell(Column.HELD_CREDENTIALS).split(";")) {
        String c = id.strip();
        if (c.isEmpty() || held.contains(c)) continue;
        if (catalog.findCredential(c).filter(scope::allows).isPresent()) {
          held.add(c);
        } else {
          List<String> closest = ClosestNames.closest(c, catalog.credentials().stream().filter(scope::allows).map(Credential::id).toList(), 3);
          error(Column.HELD_CREDENTIALS, "unknown credential '" + c + "'" + (closest.isEmpty() ? "" : "; did you mean: " + String.join(", ", closest)));
        }
      }
      return held;
    }

    private OptionalDouble number(Column c, double min, double max) {
      String v = cell(c);
      if (v.isEmpty()) return OptionalDouble.empty();
      try {
        double d = Double.parseDouble(v);
        if (d >= min && d <= max) return OptionalDouble.of(d);
        error(c, "must be between " + fmt(min) + " and " + fmt(max) + ": " + v);
      } catch (NumberFormatException e) {
        error(c, "must be a number: '" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'");
      }
      return OptionalDouble.empty();
    }

    private String cell(Column c) {
      Integer i = columns.get(c);
      return i == null || i >= record.fields().size() ? "" : record.fields().get(i).strip();
    }

    void error(Column c, String message) {
      errors.add(new CsvError(record.line(), columns.getOrDefault(c, width) + 1, c.header(), message));
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
