package io.credpath.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;

/**
 * The language of an offering from its title (the scraped catalogues have no language column). In order: a language
 * the title names ("(PT)", "(Deutsch)", "en español"); a non-Latin script (kana: ja, Hangul: ko, Han: zh, Cyrillic: ru
 * or uk, Arabic, Devanagari, Thai, Greek, Hebrew); English function words ("the", "for", "with"...), which make a
 * Latin-script title English; otherwise Apache Tika's n-gram detector (Optimaize profiles, restricted to the Latin-script
 * languages the catalogues hold), whose answer counts only when the title also carries that language's own evidence:
 * one of its function words or letters ("de los", "für", "ção"); failing that, two such words of one language alone. Short titles of English technical words ("Digital
 * Business", "Project Management") look like anything to an n-gram model, so without evidence a title stays English.
 */
final class TitleLanguage {
  /**
   * Coursera marks translated editions with a trailing tag, e.g. "Google Data Analytics (PT)". The codes are the tag's
   * syntax in the scrapes, read like a column, not a judgement an editor tunes.
   */
  private static final Pattern TAG =
      Pattern.compile("\\((PT|ES|FR|DE|IT|JA|KO|ZH|RU|AR|ID|TR|UK|PL|NL|VI|TH|HI)\\)\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private final OptimaizeLangDetector detector;
  private final Map<String, String> named;
  private final Pattern namedLanguage;
  private final Set<String> english;
  private final Map<String, Set<String>> functionWords = new HashMap<>();
  private final Map<String, Pattern> letters = new HashMap<>();

  /**
   * @param words language names, English words and the other languages' evidence ({@code taxonomy/curated/language-*.jsonl});
   *     the n-gram detector is loaded for English and the languages with evidence, each of which must have a profile
   */
  TitleLanguage(LanguageWords words) {
    this.named = words.names();
    this.namedLanguage = Pattern.compile("\\(([\\p{L} ]+)\\)\\s*$|\\b(?:in|en|em|auf)\\s+(" + String.join("|", named.keySet()) + ")\\b",
        Pattern.CASE_INSENSITIVE);
    this.english = words.english();
    OptimaizeLangDetector all = new OptimaizeLangDetector();
    all.loadModels();
    Set<String> latin = new HashSet<>(Set.of("en"));
    words.evidence().forEach((lang, e) -> {
      if (!all.hasModel(lang)) throw new IllegalStateException(e.at() + ": language " + lang + " has no n-gram profile in Apache Tika's detector");
      latin.add(lang);
      functionWords.put(lang, e.words());
      e.letters().ifPresent(p -> letters.put(lang, p));
    });
    OptimaizeLangDetector d = new OptimaizeLangDetector();
    try {
      d.loadModels(latin);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot load the language profiles", e);
    }
    d.setShortText(true);
    this.detector = d;
  }

  /** The ISO 639-1 code of the title's language; "en" when nothing shows another. */
  String of(String title) {
    Matcher tag = TAG.matcher(title);
    if (tag.find()) return tag.group(1).toLowerCase(Locale.ROOT);
    Matcher m = namedLanguage.matcher(title);
    while (m.find()) {
      String name = (m.group(1) != null ? m.group(1) : m.group(2)).trim().toLowerCase(Locale.ROOT);
      if (named.containsKey(name)) return named.get(name);
    }
    String script = script(title);
    if (script != null) return script;
    String lower = title.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(lower);
    while (w.find()) words.add(w.group());
    if (words.stream().anyMatch(english::contains)) return "en";
    List<String> candidates = new ArrayList<>();
    synchronized (detector) {
      detector.reset();
      detector.addText(title);
      for (LanguageResult r : detector.detectAll()) if (r.getRawScore() >= 0.1f) candidates.add(r.getLanguage());
    }
    for (String lang : candidates) {
      if (!lang.equals("en") && evidence(lang, lower, words) > 0) return lang;
    }
    // The n-gram model is unsure on short titles ("Aprende a programar con Python"); two of one language's own words and
    // no English one decide it, if no other language has as many.
    String best = "en";
    int most = 1;
    boolean tie = false;
    for (String lang : functionWords.keySet().stream().sorted().toList()) {
      int n = evidence(lang, lower, words);
      if (n > most) {
        best = lang;
        most = n;
        tie = false;
      } else if (n == most && n > 1) {
        tie = true;
      }
    }
    return tie ? "en" : best;
  }

  private int evidence(String lang, String lower, List<String> words) {
    int n = 0;
    Set<String> fw = functionWords.getOrDefault(lang, Set.of());
    for (String w : new HashSet<>(words)) if (fw.contains(w)) n++;
    Pattern p = letters.get(lang);
    if (p != null && p.matcher(lower).find()) n++;
    return n;
  }

  /**
   * The language a non-Latin script implies, or null for Latin script. Kept in code, unlike the word lists: which
   * language writes in kana, Hangul or Devanagari, and that і, ї, є and ґ are Ukrainian letters Russian lacks, are facts
   * of writing systems (Java's {@link Character.UnicodeScript} is their definition), not judgements tuned on titles.
   */
  private static String script(String title) {
    boolean han = false;
    boolean cyrillic = false;
    for (int i = 0; i < title.length(); ) {
      int c = title.codePointAt(i);
      i += Character.charCount(c);
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case HIRAGANA, KATAKANA -> { return "ja"; }
        case HANGUL -> { return "ko"; }
        case ARABIC -> { return "ar"; }
        case DEVANAGARI -> { return "hi"; }
        case THAI -> { return "th"; }
        case GREEK -> { return "el"; }
        case HEBREW -> { return "he"; }
        case HAN -> han = true;
        case CYRILLIC -> cyrillic = true;
        default -> { }
      }
    }
    if (han) return "zh";
    if (cyrillic) return title.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
    return null;
  }
}
