package io.credpath.catalog.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an offering's language from its title: "en" unless the title is clearly another
 * language (a trailing language tag such as "(PT)", non-Latin script, or at least two function
 * words of Spanish / Portuguese / French and none of English).
 */
final class LanguageGuess {

  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "for", "to", "with", "in",
      "your", "how", "from", "an", "on");
  private static final Map<String, Set<String>> OTHERS = Map.of(
      "es", Set.of("de", "la", "el", "los", "las", "para", "con", "y", "del", "una", "en", "introducción", "análisis", "datos", "gestión"),
      "pt", Set.of("de", "para", "com", "em", "dos", "das", "da", "do", "e", "introdução", "análise", "gestão", "uma"),
      "fr", Set.of("de", "la", "le", "les", "des", "pour", "et", "du", "avec", "une", "à", "l"));

  /** Coursera marks translated editions with a trailing tag, e.g. "Google Data Analytics (PT)". */
  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("\\((PT|ES|FR|DE|IT|JA|KO|ZH|RU|AR|ID|TR|UK|PL|NL|VI|TH|HI)\\)\\s*$");

  private LanguageGuess() {
  }

  static String of(String title) {
    java.util.regex.Matcher tag = LANGUAGE_TAG.matcher(title);
    if (tag.find()) {
      return tag.group(1).toLowerCase(Locale.ROOT);
    }
    if (title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
      return "ru";
    }
    if (title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return "zh";
    }
    if (title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
      return "ar";
    }
    String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int english = 0;
    for (String w : words) {
      if (ENGLISH.contains(w)) {
        english++;
      }
    }
    if (english > 0) {
      return "en";
    }
    String best = "en";
    int bestHits = 1;
    for (String lang : new String[] {"es", "pt", "fr"}) {
      int hits = 0;
      for (String w : words) {
        if (OTHERS.get(lang).contains(w)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = lang;
        bestHits = hits;
      }
    }
    if (best.equals("es") && title.matches(".*[ãõç].*")) {
      return "pt";
    }
    return best;
  }
}
