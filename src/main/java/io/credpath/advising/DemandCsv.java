package io.credpath.advising;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A demand report as CSV (RFC 4180, CRLF): the credentials by quarter of start, or the gap skills. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.
 */
public final class DemandCsv {
  private DemandCsv() {}

  /** A row per credential and quarter: seats starting then, the discount reached, their cost after it, the learners' references. */
  public static String credentials(DemandReport r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("credential", "title", "quarter", "seats", "percent_off", "cost", "learners"));
    for (DemandReport.CredentialDemand c : r.credentials()) {
      for (DemandReport.QuarterDemand q : c.byQuarter()) {
        String learners = c.learners().stream().filter(s -> quarter(s.starts()).equals(q.quarter()))
            .map(DemandReport.Served::reference).collect(Collectors.joining(";"));
        rows.add(List.of(text(c.credential()), text(c.title()), q.quarter(), Integer.toString(q.seats()), number(c.percentOff()),
            number(q.cost()), text(learners)));
      }
    }
    return write(rows);
  }

  /** A row per gap skill, most prevalent first: learners whose gap holds it, their share, and for how many the catalogue closes it. */
  public static String gapSkills(DemandReport r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("skill", "name", "kind", "learners", "share", "coverable"));
    for (DemandReport.GapDemand g : r.gapSkills()) {
      rows.add(List.of(text(g.skill()), text(g.name()), text(g.kind()), Integer.toString(g.learners()), number(g.share()),
          Integer.toString(g.coverable())));
    }
    return write(rows);
  }

  /** The quarter a date falls in, as the report names it ({@code 2025-Q3}). */
  static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  private static String write(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      out.append(row.stream().map(DemandCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }
    return out.toString();
  }

  private static String text(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
