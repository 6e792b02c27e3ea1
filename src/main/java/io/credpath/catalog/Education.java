package io.credpath.catalog;

import java.util.List;

/**
 * The education most workers in an occupation say the job requires (O*NET's "Required Level of Education", categories
 * 1-12) and the percentage of surveyed workers who named it: how people usually get in when no curated entry route
 * says so.
 */
public record Education(int level, double share) {
  /** The category of a bachelor's degree. */
  public static final int BACHELOR = 6;

  /** O*NET's categories, in a learner's words (index = category - 1). */
  private static final List<String> NAMES = List.of("less than a high-school diploma", "a high-school diploma",
      "a post-secondary certificate", "some college courses", "an associate's degree", "a bachelor's degree",
      "a post-baccalaureate certificate", "a master's degree", "a post-master's certificate", "a first professional degree",
      "a doctoral degree", "post-doctoral training");

  /** The levels as a request names them (index = category - 1): "high-school", "associate", "bachelor". */
  public static final List<String> WIRE = List.of("less-than-high-school", "high-school", "certificate", "some-college",
      "associate", "bachelor", "post-baccalaureate", "master", "post-master", "professional", "doctorate", "post-doctoral");

  /** The category (1-12) a request's word names, or empty. */
  public static java.util.OptionalInt fromWire(String word) {
    int i = WIRE.indexOf(word.strip().toLowerCase(java.util.Locale.ROOT));
    return i < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(i + 1);
  }

  /** Category {@code level} (1-12) in a learner's words; "" for 0. */
  public static String nameOf(int level) {
    return level < 1 || level > NAMES.size() ? "" : NAMES.get(level - 1);
  }

  public Education {
    if (level < 1 || level > NAMES.size()) throw new IllegalArgumentException("education level must be 1.." + NAMES.size() + ": " + level);
    if (!(share >= 0 && share <= 100)) throw new IllegalArgumentException("education share must be 0..100: " + share);
  }

  /** The level in a learner's words ("an associate's degree"). */
  public String name() {
    return NAMES.get(level - 1);
  }
}
