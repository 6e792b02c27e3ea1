package io.credpath.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads delimited text: RFC 4180 CSV (quoted fields with embedded newlines) or plain TSV without quoting. */
final class CsvReader {

  private final char delimiter;
  private final boolean quoting;

  private CsvReader(char delimiter, boolean quoting) {
    this.delimiter = delimiter;
    this.quoting = quoting;
  }

  /** RFC 4180 comma-separated values. */
  static CsvReader csv() {
    return new CsvReader(',', true);
  }

  /** O*NET text files: tab-delimited, quotes are literal characters. */
  static CsvReader tsv() {
    return new CsvReader('\t', false);
  }

  /** Reads a file with a header row into named rows. */
  Table readTable(Path file) {
    try {
      List<Line> rows = records(Files.readString(file, StandardCharsets.UTF_8));
      if (rows.isEmpty()) {
        throw new IllegalStateException("empty file: " + file);
      }
      return new Table(file, rows.get(0).cells(), rows.subList(1, rows.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Splits the whole input into records of fields; blank lines are skipped. */
  List<List<String>> parse(Reader in) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = in.read(buf); n != -1; n = in.read(buf)) {
      all.append(buf, 0, n);
    }
    return parse(all.toString());
  }

  /** Splits text into records of fields; blank lines are skipped. */
  List<List<String>> parse(String text) {
    return records(text).stream().map(Line::cells).toList();
  }

  /** A record's fields and the line it starts on (1-based; a quoted field may run over several lines). */
  record Line(int number, List<String> cells) {}

  /** Splits text into records, each with the line it starts on; blank lines are skipped. */
  List<Line> records(String text) {
    List<Line> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean fieldStarted = false;
    int line = 1;
    int start = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int len = text.length();
    for (; i < len; i++) {
      char ch = text.charAt(i);
      if (inQuotes) {
        if (ch == '\n' || ch == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n')) {
          line++;
        }
        if (ch != '"') {
          field.append(ch);
        } else if (i + 1 < len && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          inQuotes = false;
        }
      } else if (quoting && ch == '"' && field.length() == 0 && !fieldStarted) {
        inQuotes = true;
        fieldStarted = true;
      } else if (ch == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(rows, start, row, field, fieldStarted);
        row = new ArrayList<>();
        fieldStarted = false;
        start = ++line;
      } else {
        field.append(ch);
        fieldStarted = true;
      }
    }
    endRecord(rows, start, row, field, fieldStarted);
    return rows;
  }

  private static void endRecord(List<Line> rows, int start, List<String> row, StringBuilder field,
      boolean fieldStarted) {
    if (row.isEmpty() && field.length() == 0 && !fieldStarted) {
      return;
    }
    row.add(field.toString());
    field.setLength(0);
    rows.add(new Line(start, row));
  }

  /** A header plus rows; cells are looked up by column name. */
  static final class Table {
    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Line> rows;

    Table(Path file, List<String> header, List<Line> rows) {
      this.file = file;
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i).trim(), i);
      }
      this.rows = rows;
    }

    int size() {
      return rows.size();
    }

    List<Row> rows() {
      List<Row> out = new ArrayList<>(rows.size());
      for (Line r : rows) {
        out.add(new Row(r));
      }
      return out;
    }

    /** The file read, for the problems a row names. */
    Path file() {
      return file;
    }

    /** One record; a missing trailing cell reads as "". */
    final class Row {
      private final Line line;
      private final List<String> cells;

      Row(Line line) {
        this.line = line;
        this.cells = line.cells();
      }

      /** The file the record is in. */
      Path file() {
        return file;
      }

      /** The line of the file the record starts on. */
      int line() {
        return line.number();
      }

      /** Whether the two records hold the same cells, field for field. */
      boolean sameCells(Row other) {
        return cells.equals(other.cells);
      }

      String get(String column) {
        Integer i = columns.get(column);
        if (i == null) {
          throw new IllegalArgumentException("no column '" + column + "' in " + file);
        }
        return i < cells.size() ? cells.get(i) : "";
      }
    }
  }
}
