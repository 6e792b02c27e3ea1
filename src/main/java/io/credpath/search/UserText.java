package io.credpath.search;

/** Bounds untrusted text before analysis: a length cap, a word cap and no control characters. */
final class UserText {
  /** Longer input is cut: nobody types more than this into a search box, and analysis cost grows with it. */
  static final int MAX_CHARS = 500;
  /** More words than this add noise, not precision, and would grow Boolean queries without bound. */
  static final int MAX_WORDS = 32;

  private UserText() {}

  /** The first {@value #MAX_CHARS} characters and {@value #MAX_WORDS} words of {@code raw}, with control characters as spaces; never null. */
  static String clean(String raw) {
    if (raw == null) return "";
    int end = Math.min(raw.length(), MAX_CHARS);
    if (end > 0 && end < raw.length() && Character.isHighSurrogate(raw.charAt(end - 1))) end--;
    StringBuilder sb = new StringBuilder(end);
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isISOControl(c);
      if (space) {
        if (inWord) inWord = false;
        sb.append(' ');
      } else {
        if (!inWord) {
          if (++words > MAX_WORDS) break;
          inWord = true;
        }
        sb.append(c);
      }
    }
    return sb.toString().trim();
  }
}
