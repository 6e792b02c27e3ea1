package io.credpath.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the roadmap's cost text ("$979 exam", "~$1,600 written exam", "$300 - $500 exam") into
 * USD items: one item per line that names a dollar amount (travel lines ignored), a range becomes
 * its midpoint, and "~", "est" or a range mark the cost as an estimate.
 */
record RoadmapCost(List<CredentialRecord.CostItem> items, boolean estimate, boolean parsed) {

  private static final Pattern AMOUNT = Pattern.compile("\\$\\s?([0-9][0-9,]*(?:\\.[0-9]+)?)(k?)");
  private static final Pattern RANGE = Pattern.compile(
      "\\$\\s?([0-9][0-9,]*)(k?)\\s*(?:-|–|to)\\s*\\$?\\s?([0-9][0-9,]*)(k?)");

  static RoadmapCost parse(List<String> lines) {
    List<CredentialRecord.CostItem> items = new ArrayList<>();
    boolean estimate = false;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.contains("travel")) {
        continue;
      }
      Matcher range = RANGE.matcher(line);
      double amount;
      if (range.find()) {
        amount = (number(range.group(1), range.group(2)) + number(range.group(3), range.group(4))) / 2;
        estimate = true;
      } else {
        Matcher m = AMOUNT.matcher(line);
        if (!m.find()) {
          if (l.matches(".*\\bfree\\b.*")) {
            items.add(new CredentialRecord.CostItem("exam", 0));
          }
          continue;
        }
        amount = number(m.group(1), m.group(2));
      }
      if (l.contains("~") || l.matches(".*\\best(imate[ds]?)?\\b.*")) {
        estimate = true;
      }
      items.add(new CredentialRecord.CostItem(kind(l), amount));
      break;
    }
    return new RoadmapCost(List.copyOf(items), estimate, !items.isEmpty());
  }

  /** exam (default, also labs and practical exams), tuition (course/training), membership. */
  static String kind(String line) {
    if (line.contains("exam") || line.contains("lab") || line.contains("test")) {
      return "exam";
    }
    if (line.contains("course") || line.contains("training") || line.contains("class")
        || line.contains("programme") || line.contains("program")) {
      return "tuition";
    }
    if (line.contains("member") || line.contains("annual") || line.contains("license")
        || line.contains("year") || line.contains("month")) {
      return "membership";
    }
    return "exam";
  }

  private static double number(String digits, String k) {
    double v = Double.parseDouble(digits.replace(",", ""));
    return k.isEmpty() ? v : v * 1000;
  }
}
