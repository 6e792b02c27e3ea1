package io.credpath.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The least level an offering's title claims: "Advanced Golang Concepts" is advanced (4) and "Intermediate Python"
 * intermediate (3), whatever the catalogue's level field says (Coursera files some advanced courses under Beginner or
 * no level at all); "Excel from Beginner to Advanced" spans the levels and claims none. "Expert" is left alone: course
 * titles promise it ("Easy Steps To Become A Photoshop Expert") more often than they require it.
 */
final class TitleLevel {
  private static final Pattern ADVANCED = Pattern.compile("\\badvanced\\b");
  private static final Pattern INTERMEDIATE = Pattern.compile("\\bintermediate\\b");
  /** A span of levels ("beginner to advanced", "basic and advanced", "zero to expert"): not a claim of one. */
  private static final Pattern SPAN = Pattern.compile("\\b(to|and|&|through|-)\\s+(advanced|expert|intermediate)\\b");

  private TitleLevel() {}

  /** 4 for an advanced or expert title, 3 for an intermediate one, else 0. */
  static int floor(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (SPAN.matcher(t).find()) return 0;
    if (ADVANCED.matcher(t).find()) return 4;
    return INTERMEDIATE.matcher(t).find() ? 3 : 0;
  }
}
