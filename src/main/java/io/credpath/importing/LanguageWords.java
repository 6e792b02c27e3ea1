package io.credpath.importing;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words {@link TitleLanguage} tells a title's language by ({@code taxonomy/curated/language-*.jsonl}): languages'
 * names as titles state them ("(Deutsch)", "en español"), English words that make a Latin-script title English, and
 * each other Latin-script language's evidence, its words and the letters only it writes.
 *
 * @param names language name (lower case) to ISO 639-1 code, in file order
 * @param english English words, lower case
 * @param evidence by language code: the languages besides English the n-gram detector is loaded for
 */
record LanguageWords(Map<String, String> names, Set<String> english, Map<String, Evidence> evidence) {
  static final String NAMES = "language-names.jsonl";
  static final String ENGLISH = "language-english-words.jsonl";
  static final String EVIDENCE = "language-evidence.jsonl";

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NAME = Pattern.compile("\\p{L}+( \\p{L}+)*");

  /** A language's own words and, if any, a pattern of letters or endings only it writes; {@code at} for problems. */
  record Evidence(Set<String> words, Optional<Pattern> letters, String at) {
    Evidence {
      words = Set.copyOf(words);
    }
  }

  LanguageWords {
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    english = Set.copyOf(english);
    evidence = Map.copyOf(evidence);
  }

  /** Reads and checks the three tables. */
  static LanguageWords read(CuratedTables tables) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> seen = new HashMap<>();
    tables.requiredRows(NAMES, (n, at) -> {
      String name = CuratedTables.text(n, "name", at);
      if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(at + ": name must be lower-case letters (words separated by one space), got \"" + name + "\"");
      }
      CuratedTables.once(seen, name, "name", at);
      return names.put(name, code(n, at));
    });
    Set<String> english = new LinkedHashSet<>();
    Map<String, String> seenWords = new HashMap<>();
    tables.requiredRows(ENGLISH, (n, at) -> {
      String word = word(CuratedTables.text(n, "word", at), "word", at);
      CuratedTables.once(seenWords, word, "word", at);
      return english.add(word);
    });
    Map<String, Evidence> evidence = new HashMap<>();
    Map<String, String> seenLanguages = new HashMap<>();
    tables.requiredRows(EVIDENCE, (n, at) -> {
      String language = code(n, at);
      if (language.equals("en")) {
        throw new IllegalStateException(at + ": language en needs no evidence: it is the default, and its words are in " + ENGLISH);
      }
      CuratedTables.once(seenLanguages, language, "language", at);
      Map<String, String> seenHere = new HashMap<>();
      Set<String> words = new LinkedHashSet<>();
      for (String w : CuratedTables.strings(n, "words")) {
        CuratedTables.once(seenHere, word(w, "words", at), "words", at);
        words.add(w);
      }
      if (words.isEmpty()) throw new IllegalStateException(at + ": words is required (a non-empty list of the language's own words)");
      Optional<Pattern> letters = Optional.empty();
      if (n.has("letters")) {
        String p = CuratedTables.text(n, "letters", at);
        try {
          letters = Optional.of(Pattern.compile(p));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(at + ": letters is not a valid regular expression: " + e.getDescription());
        }
      }
      return evidence.put(language, new Evidence(words, letters, at));
    });
    return new LanguageWords(names, english, evidence);
  }

  private static String code(com.fasterxml.jackson.databind.JsonNode n, String at) {
    String code = CuratedTables.text(n, "language", at);
    if (!CODE.matcher(code).matches()) throw new IllegalStateException(at + ": language must be an ISO 639 code such as es, got \"" + code + "\"");
    return code;
  }

  private static String word(String word, String field, String at) {
    if (!WORD.matcher(word).matches() || !word.equals(word.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(at + ": " + field + " must be one lower-case word of letters, as titles are compared, got \"" + word + "\"");
    }
    return word;
  }
}
