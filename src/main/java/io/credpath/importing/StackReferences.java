package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Credential ids a stack refers to: every {"credential": id} in its components, plus "awards". */
final class StackReferences {

  private StackReferences() {
  }

  static List<String> of(JsonNode stack) {
    List<String> ids = new ArrayList<>();
    collect(stack.path("components"), ids);
    JsonNode awards = stack.path("awards");
    if (awards.isTextual()) {
      ids.add(awards.asText());
    }
    return ids;
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
