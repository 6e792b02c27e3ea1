package io.credpath.search;

/** One autocomplete entry, as {@code GET suggest} answers: what kind of thing it is, its id and the label to show. */
public record Completion(Kind kind, String id, String label) {
  /** What a completion points at; written in lower case ({@code occupation}, {@code skill}, {@code credential}). */
  public enum Kind {
    OCCUPATION, SKILL, CREDENTIAL;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
