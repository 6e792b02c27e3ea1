package io.credpath.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How we know a credential teaches a skill: its title names it, its published syllabus or exam outline covers it,
 * or only a catalogue's skill tag mentions it (tags attach broad skills to offerings that barely touch them).
 */
public enum Basis {
  TITLE, SYLLABUS, TAG;

  /** Whether this is evidence that the credential is about the skill (title or syllabus), not a passing tag. */
  public boolean strong() {
    return this != TAG;
  }

  /** The name used in files and over HTTP. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The basis with this wire name, if any. */
  public static Optional<Basis> fromWire(String s) {
    return Arrays.stream(values()).filter(b -> b.wireName().equals(s)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
