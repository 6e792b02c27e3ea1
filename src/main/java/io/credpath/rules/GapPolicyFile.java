package io.credpath.rules;

import io.credpath.catalog.JsonFiles;
import io.credpath.catalog.Problem;
import io.credpath.planner.NeedPolicy;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the gap policy from {@code rules/gap-policy.json}: which of an occupation's requirements count as needed (a
 * {@link NeedPolicy}). Each field is an object with a {@code value} and the {@code reason} for it; a missing, unknown,
 * mistyped or out-of-range field is a {@link Problem} naming the file and field, thrown together as a
 * {@link RuleCompilationException} like a DRL file that does not compile.
 */
public final class GapPolicyFile {
  /** The file's name in the rules directory. */
  public static final String NAME = "gap-policy.json";
  private static final Set<String> DOUBLES = Set.of("minImportance", "recognisedPremium", "recognisedPremiumCap");
  private static final Set<String> BOOLEANS = Set.of("essentialAlways", "toolsOnlyWhenInDemand");
  private static final List<String> FIELDS = List.of("minImportance", "essentialAlways", "toolsOnlyWhenInDemand", "maxItems",
      "maxToolGroups", "minAreaShortfall", "maxGeneralItems", "maxUnbackedToolGroups", "recognisedPremium", "recognisedPremiumCap");

  private GapPolicyFile() {}

  /** The policy in {@code dir}'s {@value #NAME}. */
  public static NeedPolicy read(Path dir) {
    Path file = dir.resolve(NAME);
    String where = file.toString();
    if (!Files.isRegularFile(file)) throw fail(where, "", "missing: the rules directory must hold the gap policy");
    Map<String, Object> root;
    try {
      root = JsonFiles.readObject(file);
    } catch (JsonFiles.MalformedJsonException e) {
      throw new RuleCompilationException(List.of(new Problem(where, e.line(), "", "", e.getMessage())));
    } catch (UncheckedIOException e) {
      throw fail(where, "", "cannot be read: " + e.getCause().getMessage());
    }
    List<Problem> problems = new ArrayList<>();
    for (String name : root.keySet()) {
      if (!name.equals("source") && !FIELDS.contains(name)) {
        problems.add(new Problem(where, 0, "", name, "unknown field; known: source, " + String.join(", ", FIELDS)));
      }
    }
    double[] numbers = new double[FIELDS.size()];
    boolean[] flags = new boolean[FIELDS.size()];
    for (int i = 0; i < FIELDS.size(); i++) {
      String name = FIELDS.get(i);
      if (!(root.get(name) instanceof Map<?, ?> field)) {
        problems.add(new Problem(where, 0, "", name, "missing: give {\"value\": ..., \"reason\": \"...\"}"));
        continue;
      }
      if (!(field.get("reason") instanceof String reason) || reason.isBlank()) {
        problems.add(new Problem(where, 0, "", name, "needs a reason: say why the value is what it is"));
      }
      Object value = field.get("value");
      if (BOOLEANS.contains(name)) {
        if (value instanceof Boolean b) flags[i] = b;
        else problems.add(new Problem(where, 0, "", name, "value must be true or false, got " + value));
      } else if (DOUBLES.contains(name)) {
        if (value instanceof Number n) numbers[i] = n.doubleValue();
        else problems.add(new Problem(where, 0, "", name, "value must be a number, got " + value));
      } else if (value instanceof Integer n) {
        numbers[i] = n;
      } else {
        problems.add(new Problem(where, 0, "", name, "value must be a whole number, got " + value));
      }
    }
    if (!problems.isEmpty()) throw new RuleCompilationException(problems);
    try {
      return new NeedPolicy(numbers[0], flags[1], flags[2], (int) numbers[3], (int) numbers[4], (int) numbers[5],
          (int) numbers[6], (int) numbers[7], numbers[8], numbers[9]);
    } catch (IllegalArgumentException e) {
      String field = FIELDS.stream().filter(f -> e.getMessage().startsWith(f + " ")).findFirst().orElse("");
      throw fail(where, field, e.getMessage());
    }
  }

  private static RuleCompilationException fail(String file, String field, String message) {
    return new RuleCompilationException(List.of(new Problem(file, 0, "", field, message)));
  }
}
