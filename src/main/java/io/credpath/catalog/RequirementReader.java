package io.credpath.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** Reads a requirement expression ({@code allOf}, {@code anyOf}, {@code atLeast}+{@code of}, or a leaf) and names the path of any problem. */
final class RequirementReader {
  private static final String SHAPES = "exactly one of allOf, anyOf, atLeast+of, credential, skill+level, experienceYears";

  private RequirementReader() {}

  /** The expression at {@code path}, or empty after recording why it is malformed. */
  static Optional<Requirement> read(FieldReader f, JsonNode node, String path) {
    if (!node.isObject()) {
      f.problem(path, "must be a requirement object with " + SHAPES + ", got " + FieldReader.got(node));
      return Optional.empty();
    }
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    if (keys.equals(Set.of("allOf"))) return parts(f, node.get("allOf"), path + ".allOf").map(Requirement.AllOf::new);
    if (keys.equals(Set.of("anyOf"))) return parts(f, node.get("anyOf"), path + ".anyOf").map(Requirement.AnyOf::new);
    if (keys.equals(Set.of("atLeast", "of"))) {
      Optional<List<Requirement>> of = parts(f, node.get("of"), path + ".of");
      if (of.isEmpty()) return Optional.empty();
      int k = f.integerIn(node.get("atLeast"), path + ".atLeast", 1, of.get().size());
      return f.failed() ? Optional.empty() : Optional.of(new Requirement.AtLeast(k, of.get()));
    }
    if (keys.equals(Set.of("credential"))) {
      return leafText(f, node.get("credential"), path + ".credential").map(Requirement.HasCredential::new);
    }
    if (keys.equals(Set.of("skill", "level"))) {
      Optional<String> skill = leafText(f, node.get("skill"), path + ".skill");
      int level = f.integerIn(node.get("level"), path + ".level", 1, 5);
      return f.failed() ? Optional.empty() : skill.map(s -> new Requirement.HasSkill(s, level));
    }
    if (keys.equals(Set.of("experienceYears"))) {
      double years = f.numberIn(node.get("experienceYears"), path + ".experienceYears", 0, 60);
      return f.failed() ? Optional.empty() : Optional.of(new Requirement.HasExperience(years));
    }
    f.problem(path, "must have " + SHAPES + ", got keys " + keys);
    return Optional.empty();
  }

  private static Optional<List<Requirement>> parts(FieldReader f, JsonNode node, String path) {
    if (!node.isArray() || node.isEmpty()) {
      f.problem(path, "must be a non-empty array, got " + FieldReader.got(node));
      return Optional.empty();
    }
    List<Requirement> out = new ArrayList<>();
    boolean ok = true;
    Iterator<JsonNode> it = node.elements();
    for (int i = 0; it.hasNext(); i++) {
      Optional<Requirement> r = read(f, it.next(), path + "[" + i + "]");
      ok &= r.isPresent();
      r.ifPresent(out::add);
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private static Optional<String> leafText(FieldReader f, JsonNode node, String path) {
    if (node.isTextual() && !node.textValue().isBlank()) return Optional.of(node.textValue());
    f.problem(path, "must be an id, got " + FieldReader.got(node));
    return Optional.empty();
  }

  /** Visits each leaf with the field path that reads it in a file, e.g. {@code requires.anyOf[1].credential}. */
  static void forEachLeaf(Requirement r, String path, BiConsumer<String, Requirement> visitor) {
    r.fold(LEAVES_BY_PATH).forEach((below, leaf) -> visitor.accept(path + below, leaf));
  }

  /** Each leaf of an expression, in order, keyed by its field path below the expression ({@code .anyOf[1].credential}). */
  private static final Requirement.Fold<Map<String, Requirement>> LEAVES_BY_PATH = new Requirement.Fold<>() {
    @Override public Map<String, Requirement> credential(Requirement.HasCredential leaf) { return Map.of(".credential", leaf); }
    @Override public Map<String, Requirement> skill(Requirement.HasSkill leaf) { return Map.of(".skill", leaf); }
    @Override public Map<String, Requirement> experience(Requirement.HasExperience leaf) { return Map.of(".experienceYears", leaf); }
    @Override public Map<String, Requirement> allOf(List<Map<String, Requirement>> parts) { return under(".allOf", parts); }
    @Override public Map<String, Requirement> anyOf(List<Map<String, Requirement>> parts) { return under(".anyOf", parts); }
    @Override public Map<String, Requirement> atLeast(int k, List<Map<String, Requirement>> parts) { return under(".of", parts); }

    private Map<String, Requirement> under(String field, List<Map<String, Requirement>> parts) {
      Map<String, Requirement> out = new LinkedHashMap<>();
      for (int i = 0; i < parts.size(); i++) {
        String at = field + "[" + i + "]";
        parts.get(i).forEach((below, leaf) -> out.put(at + below, leaf));
      }
      return out;
    }
  };
}
