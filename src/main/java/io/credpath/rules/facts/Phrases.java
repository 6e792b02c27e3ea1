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
