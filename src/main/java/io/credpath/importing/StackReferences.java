package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Credential ids a stack refers to: every {"credential": id} in its components, plus "awards". */
final class StackReferences {

  /** A credential id a stack names, and the field that names it: {@code components} or {@code awards}. */
  record Reference(String field, String credential) {}

  private StackReferences() {
  }

  static List<Reference> of(JsonNode stack) {
    List<String> ids = new ArrayList<>();
    collect(stack.path("components"), ids);
    List<Reference> refs = new ArrayList<>();
    ids.forEach(id -> refs.add(new Reference("components", id)));
    JsonNode awards = stack.path("awards");
    if (awards.isTextual()) {
      refs.add(new Reference("awards", awards.asText()));
    }
    return refs;
  }

  private static void collect(JsonNode expr, List<String> ids) {
    if (expr.isArray()) {
      expr.forEach(e -> collect(e, ids));
    } else if (expr.isObject()) {
      JsonNode c = expr.get("credential");
      if (c != null && c.isTextual()) {
        ids.add(c.asText());
      }
      expr.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("credential")) {
          collect(e.getValue(), ids);
        }
      });
    }
  }
}
