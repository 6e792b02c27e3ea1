package io.credpath.catalog;

import java.util.List;

/** An id (occupation, skill, credential, ...) that the catalogue does not hold; carries the closest known ids. */
public class UnknownIdException extends RuntimeException {
  private final String kind;
  private final String id;
  private final List<String> suggestions;

  public UnknownIdException(String kind, String id, List<String> suggestions) {
    this(kind, id, suggestions, suggestions);
  }

  /** {@code described} names the suggestions for people (e.g. "15-2051.01 Business Intelligence Analysts"). */
  public UnknownIdException(String kind, String id, List<String> suggestions, List<String> described) {
    super("unknown " + kind + " '" + id + "'" + (described.isEmpty() ? "" : "; did you mean: " + String.join(", ", described)));
    this.kind = kind;
    this.id = id;
    this.suggestions = List.copyOf(suggestions);
  }

  public String kind() { return kind; }
  public String id() { return id; }
  public List<String> suggestions() { return suggestions; }
}
