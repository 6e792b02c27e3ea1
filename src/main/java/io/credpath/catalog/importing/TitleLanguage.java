package io.credpath.catalog.importing;

import java.util.ArrayList;
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
  private static final Set<String> LATIN = Set.of("en", "es", "pt", "fr", "de", "it", "nl", "id", "tr", "pl");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "for", "to", "with", "your", "how", "from", "an",
      "on", "beginners", "beginner", "learn", "complete", "guide", "course", "introduction", "intro", "advanced", "basics",
      "fundamentals", "essentials", "masterclass", "is", "are", "what", "you", "by", "using", "at", "into", "part", "level");
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "es", Set.of("de", "del", "la", "el", "los", "las", "para", "con", "y", "en", "una", "un", "por", "al", "cómo", "curso", "introducción", "gestión", "análisis", "datos", "desde", "cero", "aprende", "básico", "práctico"),
      "pt", Set.of("de", "da", "do", "das", "dos", "para", "com", "e", "em", "uma", "um", "na", "no", "ao", "como", "curso", "introdução", "gestão", "análise", "dados", "básico", "prático", "aprenda"),
      "fr", Set.of("de", "des", "du", "la", "le", "les", "pour", "avec", "et", "en", "une", "un", "au", "aux", "à", "l", "d", "introduction", "gestion", "données", "cours", "apprendre"),
      "de", Set.of("der", "die", "das", "und", "für", "mit", "von", "zu", "im", "ein", "eine", "den", "dem", "des", "ist", "wie", "lernen", "kurs", "grundlagen", "einführung", "auf"),
      "it", Set.of("di", "del", "della", "dei", "delle", "il", "la", "le", "per", "con", "e", "una", "un", "nel", "alla", "corso", "introduzione", "gestione", "dati"),
      "nl", Set.of("de", "het", "een", "en", "van", "voor", "met", "op", "cursus", "leren", "inleiding"),
      "id", Set.of("dan", "untuk", "dengan", "yang", "di", "dari", "pengantar", "dasar", "belajar"),
      "tr", Set.of("ve", "ile", "için", "bir", "temelleri", "eğitimi", "giriş"),
      "pl", Set.of("i", "w", "z", "dla", "na", "do", "kurs", "podstawy", "wprowadzenie"));
  private static final Map<String, Pattern> LETTERS = Map.of(
      "es", Pattern.compile("[ñ¿¡]|ción\\b|ciones\\b"),
      "pt", Pattern.compile("[ãõ]|ção\\b|ções\\b"),
      "fr", Pattern.compile("[èêëîôûœ]|tion\\b.*\\b(de|des|du|la|le)\\b"),
      "de", Pattern.compile("[ßäöü]"),
      "it", Pattern.compile("zione\\b|zioni\\b"),
      "tr", Pattern.compile("[ğışİ]"),
      "pl", Pattern.compile("[ąęłńśźż]"));
  /** Coursera marks translated editions with a trailing tag, e.g. "Google Data Analytics (PT)". */
  private static final Pattern TAG =
      Pattern.compile("\\((PT|ES|FR|DE|IT|JA|KO|ZH|RU|AR|ID|TR|UK|PL|NL|VI|TH|HI)\\)\\s*$");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("deutsch", "de"), Map.entry("german", "de"), Map.entry("español", "es"), Map.entry("espanol", "es"),
      Map.entry("spanish", "es"), Map.entry("português", "pt"), Map.entry("portugues", "pt"), Map.entry("portuguese", "pt"),
      Map.entry("français", "fr"), Map.entry("francais", "fr"), Map.entry("french", "fr"), Map.entry("italiano", "it"),
      Map.entry("italian", "it"), Map.entry("russian", "ru"), Map.entry("arabic", "ar"), Map.entry("chinese", "zh"),
      Map.entry("japanese", "ja"), Map.entry("korean", "ko"), Map.entry("hindi", "hi"), Map.entry("indonesian", "id"));
  private static final Pattern NAMED_LANGUAGE = Pattern.compile(
      "\\(([\\p{L} ]+)\\)\\s*$|\\b(?:in|en|em|auf)\\s+(" + String.join("|", NAMED.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private final OptimaizeLangDetector detector;

  TitleLanguage() {
    OptimaizeLangDetector d = new OptimaizeLangDetector();
    try {
      d.loadModels(LATIN);
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
    Matcher named = NAMED_LANGUAGE.matcher(title);
    while (named.find()) {
      String name = (named.group(1) != null ? named.group(1) : named.group(2)).trim().toLowerCase(Locale.ROOT);
      if (NAMED.containsKey(name)) return NAMED.get(name);
    }
    String script = script(title);
    if (script != null) return script;
    String lower = title.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(lower);
    while (w.find()) words.add(w.group());
    if (words.stream().anyMatch(ENGLISH::contains)) return "en";
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
    for (String lang : FUNCTION_WORDS.keySet().stream().sorted().toList()) {
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

  private static int evidence(String lang, String lower, List<String> words) {
    int n = 0;
    Set<String> fw = FUNCTION_WORDS.getOrDefault(lang, Set.of());
    for (String w : new HashSet<>(words)) if (fw.contains(w)) n++;
    Pattern letters = LETTERS.get(lang);
    if (letters != null && letters.matcher(lower).find()) n++;
    return n;
  }

  /** The language a non-Latin script implies, or null for Latin script. */
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
