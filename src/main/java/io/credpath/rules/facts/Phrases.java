package io.credpath.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Joins words for rule reasons ("A, B and C"); the wording itself stays in the DRL. */
public final class Phrases {
  private Phrases() {}

  /** "A", "A and B", "A, B and C"; empty for none. */
  public static String and(Collection<?> items) {
    return join(items, "and");
  }

  /** "A", "A or B", "A, B or C". */
  public static String or(Collection<?> items) {
    return join(items, "or");
  }

  private static String join(Collection<?> items, String last) {
    List<String> s = new ArrayList<>();
    for (Object o : items) s.add(String.valueOf(o));
    if (s.size() <= 1) return s.isEmpty() ? "" : s.get(0);
    return String.join(", ", s.subList(0, s.size() - 1)) + " " + last + " " + s.get(s.size() - 1);
  }

  /** {@code text} ending in exactly one full stop (or the question or exclamation mark it already ends with). */
  public static String sentence(String text) {
    String t = text.strip();
    if (t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) return t;
    return t + ".";
  }

  /**
   * Distinct {@code texts} as sentences in a stable (sorted) order, one after another: the reasons a rule collected in
   * no particular order read the same on every run.
   */
  public static String sentences(Collection<?> texts) {
    return texts.stream().map(String::valueOf).map(Phrases::sentence).distinct().sorted()
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** The names of the ISO 3166-2 regions credentials are tied to (US states); the code when unknown. */
  private static final java.util.Map<String, String> REGIONS = java.util.Map.ofEntries(
      java.util.Map.entry("US-AL", "Alabama"),
      java.util.Map.entry("US-AK", "Alaska"),
      java.util.Map.entry("US-AZ", "Arizona"),
      java.util.Map.entry("US-AR", "Arkansas"),
      java.util.Map.entry("US-CA", "California"),
      java.util.Map.entry("US-CO", "Colorado"),
      java.util.Map.entry("US-CT", "Connecticut"),
      java.util.Map.entry("US-DE", "Delaware"),
      java.util.Map.entry("US-DC", "the District of Columbia"),
      java.util.Map.entry("US-FL", "Florida"),
      java.util.Map.entry("US-GA", "Georgia"),
      java.util.Map.entry("US-HI", "Hawaii"),
      java.util.Map.entry("US-ID", "Idaho"),
      java.util.Map.entry("US-IL", "Illinois"),
      java.util.Map.entry("US-IN", "Indiana"),
      java.util.Map.entry("US-IA", "Iowa"),
      java.util.Map.entry("US-KS", "Kansas"),
      java.util.Map.entry("US-KY", "Kentucky"),
      java.util.Map.entry("US-LA", "Louisiana"),
      java.util.Map.entry("US-ME", "Maine"),
      java.util.Map.entry("US-MD", "Maryland"),
      java.util.Map.entry("US-MA", "Massachusetts"),
      java.util.Map.entry("US-MI", "Michigan"),
      java.util.Map.entry("US-MN", "Minnesota"),
      java.util.Map.entry("US-MS", "Mississippi"),
      java.util.Map.entry("US-MO", "Missouri"),
      java.util.Map.entry("US-MT", "Montana"),
      java.util.Map.entry("US-NE", "Nebraska"),
      java.util.Map.entry("US-NV", "Nevada"),
      java.util.Map.entry("US-NH", "New Hampshire"),
      java.util.Map.entry("US-NJ", "New Jersey"),
      java.util.Map.entry("US-NM", "New Mexico"),
      java.util.Map.entry("US-NY", "New York"),
      java.util.Map.entry("US-NC", "North Carolina"),
      java.util.Map.entry("US-ND", "North Dakota"),
      java.util.Map.entry("US-OH", "Ohio"),
      java.util.Map.entry("US-OK", "Oklahoma"),
      java.util.Map.entry("US-OR", "Oregon"),
      java.util.Map.entry("US-PA", "Pennsylvania"),
      java.util.Map.entry("US-RI", "Rhode Island"),
      java.util.Map.entry("US-SC", "South Carolina"),
      java.util.Map.entry("US-SD", "South Dakota"),
      java.util.Map.entry("US-TN", "Tennessee"),
      java.util.Map.entry("US-TX", "Texas"),
      java.util.Map.entry("US-UT", "Utah"),
      java.util.Map.entry("US-VT", "Vermont"),
      java.util.Map.entry("US-VA", "Virginia"),
      java.util.Map.entry("US-WA", "Washington"),
      java.util.Map.entry("US-WV", "West Virginia"),
      java.util.Map.entry("US-WI", "Wisconsin"),
      java.util.Map.entry("US-WY", "Wyoming"),
      java.util.Map.entry("US-PR", "Puerto Rico"));

  /** A small count in words ("two", "ten"), larger ones in digits ("12"). */
  public static String count(int n) {
    String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return n >= 0 && n < words.length ? words[n] : String.valueOf(n);
  }

  /** A span of years in words: "a year", "two years", "six months", "1.5 years". */
  public static String years(double years) {
    // (under a month is a few weeks of documented work, not "0 months": NTA's 30 tutoring hours)
    if (years < 1.0 / 12) return "a few weeks";
    if (years < 1) return Math.round(years * 12) == 1 ? "a month" : Math.round(years * 12) + " months";
    if (years == 1) return "a year";
    if (years == Math.rint(years) && years <= 10) return count((int) years) + " years";
    return String.format(java.util.Locale.ROOT, "%s years", years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years));
  }

  /** An O*NET education category (1-12) in a learner's words ("an associate's degree"). */
  public static String education(int level) {
    return io.credpath.catalog.Education.nameOf(level);
  }

  /** A region's name for a learner ("US-TX" is "Texas"); the code when unknown. */
  public static String region(String code) {
    return REGIONS.getOrDefault(code, code);
  }

  /** The learner's language names for the codes the catalogue uses ("es" is "Spanish"); the code when unknown. */
  public static String language(String code) {
    return switch (code) {
      case "en" -> "English";
      case "es" -> "Spanish";
      case "pt" -> "Portuguese";
      case "fr" -> "French";
      case "de" -> "German";
      case "it" -> "Italian";
      case "nl" -> "Dutch";
      case "ru" -> "Russian";
      case "uk" -> "Ukrainian";
      case "zh" -> "Chinese";
      case "ja" -> "Japanese";
      case "ko" -> "Korean";
      case "ar" -> "Arabic";
      case "hi" -> "Hindi";
      case "id" -> "Indonesian";
      case "tr" -> "Turkish";
      case "pl" -> "Polish";
      default -> code;
    };
  }
}
