package io.credpath.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/** Stable id slugs shared with the curated files: lowercase, runs of other chars become '-'. */
final class Slug {

  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGES = Pattern.compile("^-+|-+$");

  private Slug() {
  }

  /** Lowercase; every run of characters outside [a-z0-9] becomes '-', trimmed of '-'. */
  static String of(String text) {
    String s = OTHER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGES.matcher(s).replaceAll("");
  }

  /** Skill slug: like {@link #of} but keeps C++ / C# apart from C ("c-plus-plus", "c-sharp"). */
  static String skill(String name) {
    return of(name.replace("+", " plus ").replace("#", " sharp "));
  }
}
