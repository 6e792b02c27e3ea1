package io.credpath.advising;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, fields optionally in double quotes with {@code ""} for a quote, quoted fields
 * may span lines; CRLF, LF or CR line ends) into records, each with the line it starts on. Blank lines are skipped. A quote
 * that is never closed, or text after a closing quote, refuses the file with the line and column where it is.
 */
final class CsvRecords {
  /** One record: the line it starts on (1-based) and its fields, as written (quotes removed). */
  record Record(int line, List<String> fields) {
    Record {
      fields = List.copyOf(fields);
    }
  }

  private final String text;
  private int pos;
  private int line = 1;

  CsvRecords(String text) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Every non-blank record, in order; at most {@code maxRecords} (more is a {@link CohortFileException}). */
  List<Record> read(int maxRecords) {
    List<Record> out = new ArrayList<>();
    while (pos < text.length()) {
      int start = line;
      List<String> fields = record();
      if (fields.size() == 1 && fields.get(0).isBlank()) continue;
      if (out.size() == maxRecords) {
        throw new CohortFileException("the file has more than " + maxRecords + " lines",
            List.of(new CsvError(start, 1, "", "a cohort file holds at most " + (maxRecords - 1) + " learners")));
      }
      out.add(new Record(start, fields));
    }
    return out;
  }

  /** Reads one record and its line end. */
  private List<String> record() {
    List<String> fields = new ArrayList<>();
    while (true) {
      int column = fields.size() + 1;
      fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted(column) : plain(column));
      if (pos >= text.length()) return fields;
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
        continue;
      }
      lineEnd();
      return fields;
    }
  }

  private String plain(int column) {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ',' || c == '\n' || c == '\r') break;
      if (c == '"') {
        throw refused(line, column, "a double quote inside a field that does not start with one; quote the whole field and write the quote twice");
      }
      pos++;
    }
    return text.substring(start, pos);
  }

  private String quoted(int column) {
    int startLine = line;
    StringBuilder out = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) throw refused(startLine, column, "a quoted field is never closed");
      char c = text.charAt(pos);
      if (c == '"') {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
          out.append('"');
          pos += 2;
          continue;
        }
        pos++;
        if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
          throw refused(line, column, "text after the closing quote of a quoted field");
        }
        return out.toString();
      }
      if (c == '\r' || c == '\n') {
        lineEnd();
        out.append('\n');
        continue;
      }
      out.append(c);
      pos++;
    }
  }

  private void lineEnd() {
    if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') pos++;
    pos++;
    line++;
  }

  private static CohortFileException refused(int line, int column, String message) {
    CsvError e = new CsvError(line, column, "", message);
    return new CohortFileException("the file is not valid CSV: " + e, List.of(e));
  }
}
