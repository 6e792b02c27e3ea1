package io.credpath.catalog;

import java.util.Objects;

/** One thing wrong with a taxonomy or rule file: where (file, line, record id, field) and what. */
public record Problem(String file, int line, String id, String field, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) sb.append(':').append(line);
    if (!id.isEmpty() || !field.isEmpty()) {
      sb.append(" (");
      if (!id.isEmpty()) sb.append("id ").append(id);
      if (!id.isEmpty() && !field.isEmpty()) sb.append(", ");
      if (!field.isEmpty()) sb.append("field ").append(field);
      sb.append(')');
    }
    return sb.append(": ").append(message).toString();
  }
}
