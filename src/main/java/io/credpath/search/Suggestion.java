package io.credpath.search;

/** One autocomplete entry: what kind of thing it is, its id and the label to show. */
public record Suggestion(Kind kind, String id, String label) {
  /** What a suggestion points at. */
  public enum Kind { OCCUPATION, SKILL, CREDENTIAL }
}
