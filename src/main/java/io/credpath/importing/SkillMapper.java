package io.credpath.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps free-text skill strings ("Python Programming", "Tableau Software") to canonical skill ids:
 * normalise case and punctuation, try the text, its parenthesis-free form and the parenthesised
 * acronym, then strip common suffixes/prefixes and plurals; first the vocabulary, then the reserve
 * (ESCO skills not yet in the vocabulary, which are promoted into it when they match).
 */
final class SkillMapper {

  private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9+#()]+");
  private static final Pattern PARENS = Pattern.compile("[()\\s]+");

  private final SkillVocabulary vocabulary;
  private final Function<String, Optional<String>> reserve;
  private final Set<String> titleKeys;
  /** The word lists, as compared: prefixes and vendors with the space after them, suffixes with the space before. */
  private final List<String> prefixes;
  private final List<String> suffixes;
  private final List<String> vendors;
  private final Set<String> titleGeneric;
  private final Set<String> stopWords;
  private long total;
  private long mapped;

  /**
   * @param reserve looks a normalised key up in skills outside the vocabulary and adds a match
   * @param titleKeys normalised one-word names/aliases a title may match (the hand-written table's)
   * @param words the prefixes, suffixes and makers' names dropped from skill strings, and the ambiguous and stop words
   *     of titles ({@code taxonomy/curated/skill-*.jsonl})
   */
  SkillMapper(SkillVocabulary vocabulary, Function<String, Optional<String>> reserve,
      Set<String> titleKeys, SkillWords words) {
    this.vocabulary = vocabulary;
    this.reserve = reserve;
    this.titleKeys = Set.copyOf(titleKeys);
    this.prefixes = words.prefixes().stream().map(w -> w + " ").toList();
    this.suffixes = words.suffixes().stream().map(w -> " " + w).toList();
    this.vendors = words.vendors().stream().map(w -> w + " ").toList();
    this.titleGeneric = words.ambiguousTitleWords();
    this.stopWords = words.titleStopWords();
  }

  /** Lowercase, accents and punctuation removed ('&' becomes "and"; '+' and '#' kept). */
  static String key(String text) {
    String s = text;
    if (!ASCII.matcher(s).matches()) {
      s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("’", "");
    return OTHER.matcher(s).replaceAll(" ").trim();
  }

  /** {@link #key} without parentheses: the form the vocabulary index holds. */
  static String flatKey(String text) {
    String k = key(text);
    return k.indexOf('(') < 0 && k.indexOf(')') < 0 ? k : PARENS.matcher(k).replaceAll(" ").trim();
  }

  /** The canonical id for one free-text skill string, if any; counted in the mapping rate. */
  Optional<String> mapCounted(String text) {
    total++;
    Optional<String> id = map(text);
    if (id.isPresent()) {
      mapped++;
    }
    return id;
  }

  /** The canonical id for one free-text skill string, if any. */
  Optional<String> map(String text) {
    List<String> candidates = candidates(text);
    for (String c : candidates) {
      Optional<String> id = vocabulary.lookup(c);
      if (id.isPresent()) {
        return id;
      }
    }
    for (String c : candidates) {
      for (String v : vendors) {
        if (c.startsWith(v)) {
          Optional<String> id = vocabulary.lookup(c.substring(v.length()));
          if (id.isPresent() && vocabulary.require(id.get()).category.equals("technology")) {
            return id;
          }
        }
      }
    }
    for (String c : candidates) {
      Optional<String> id = reserve.apply(c);
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  /** Lookup keys for a string, most literal first. */
  List<String> candidates(String text) {
    String k = key(text);
    Set<String> base = new LinkedHashSet<>();
    base.add(k.replaceAll("[()]", " ").replaceAll("\\s+", " ").trim());
    int open = k.indexOf('(');
    if (open >= 0) {
      int close = k.indexOf(')', open);
      base.add(k.substring(0, open).trim());
      if (close > open) {
        base.add(k.substring(open + 1, close).trim());
      }
    }
    Set<String> out = new LinkedHashSet<>(base);
    for (String b : base) {
      String s = b;
      for (String p : prefixes) {
        if (s.startsWith(p)) {
          s = s.substring(p.length());
          out.add(s);
        }
      }
      for (String suffix : suffixes) {
        if (s.endsWith(suffix) && s.length() > suffix.length()) {
          out.add(s.substring(0, s.length() - suffix.length()).trim());
        }
      }
    }
    Set<String> withPlurals = new LinkedHashSet<>(out);
    for (String s : out) {
      if (s.endsWith("ies") && s.length() > 4) {
        withPlurals.add(s.substring(0, s.length() - 3) + "y");
      } else if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
        withPlurals.add(s.substring(0, s.length() - 1));
      } else if (s.length() > 3) {
        withPlurals.add(s + "s");
      }
    }
    withPlurals.remove("");
    return new ArrayList<>(withPlurals);
  }

  /**
   * Skills named in a title: greedy longest n-grams (4 words down to 1) found in the vocabulary;
   * one-word matches only for the hand table's own names/aliases and unambiguous words. Never counted as unmapped.
   */
  List<String> fromTitle(String title) {
    String[] words = key(title).replaceAll("[()]", " ").trim().split("\\s+");
    Set<String> ids = new LinkedHashSet<>();
    int i = 0;
    while (i < words.length) {
      int matched = 0;
      for (int n = Math.min(4, words.length - i); n >= 1 && matched == 0; n--) {
        String first = words[i];
        String last = words[i + n - 1];
        if (stopWords.contains(first) || stopWords.contains(last)) {
          continue;
        }
        String gram = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        if (n == 1 && (gram.length() < 2 || titleGeneric.contains(gram))) {
          continue;
        }
        Optional<String> id = vocabulary.lookup(gram);
        if (id.isEmpty() && gram.length() > 3 && gram.endsWith("s")) {
          id = vocabulary.lookup(gram.substring(0, gram.length() - 1));
        }
        if (id.isPresent() && (n > 1 || titleKeys.contains(gram))) {
          ids.add(id.get());
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return new ArrayList<>(ids);
  }

  /**
   * Every vocabulary skill whose name or alias is a phrase of the title (any run of up to 6 words,
   * also without a plural "s"), with no stop-word or ambiguity filter: used to tell whether a
   * skill a tag attaches is one the title names.
   */
  Set<String> namedIn(String title) {
    String[] words = key(title).replaceAll("[()]", " ").trim().split("\\s+");
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < words.length; i++) {
      StringBuilder gram = new StringBuilder();
      for (int n = 1; n <= 6 && i + n <= words.length; n++) {
        if (n > 1) {
          gram.append(' ');
        }
        gram.append(words[i + n - 1]);
        String g = gram.toString();
        vocabulary.lookup(g).ifPresent(ids::add);
        if (g.length() > 3 && g.endsWith("s")) {
          vocabulary.lookup(g.substring(0, g.length() - 1)).ifPresent(ids::add);
        }
      }
    }
    return ids;
  }

  /** The vocabulary id a skill name or alias is indexed under. */
  Optional<String> lookupName(String name) {
    return vocabulary.lookup(flatKey(name));
  }

  /** The vocabulary category of a skill id, if it is in the vocabulary. */
  Optional<String> category(String id) {
    return vocabulary.find(id).map(e -> e.category);
  }

  long total() {
    return total;
  }

  long mapped() {
    return mapped;
  }

  /** Mapped strings / all strings seen by {@link #mapCounted}; 1.0 when none were seen. */
  double rate() {
    return total == 0 ? 1.0 : (double) mapped / total;
  }
}
