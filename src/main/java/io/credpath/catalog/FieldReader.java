package io.credpath.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads typed fields of one JSON Lines record and records a {@link Problem} naming file, line, record id and
 * field path (e.g. {@code cost.items[0].amount}) for each one that is missing or wrong; never throws.
 * Readers return a harmless placeholder after a problem, and {@link #failed()} tells the caller not to build the record.
 */
final class FieldReader {
  private final String file;
  private final int line;
  private final List<Problem> problems = new ArrayList<>();
  private String id = "";

  FieldReader(String file, int line) {
    this.file = file;
    this.line = line;
  }

  List<Problem> problems() { return problems; }
  boolean failed() { return !problems.isEmpty(); }
  String id() { return id; }

  /**
   * Reports {@code text}, shown to learners at {@code field}, where it carries a curator's note on the record's own
   * sources ("from knowledge; not fetched", "not in the sources found"): that belongs in the row's reason or its
   * estimates, not in what a learner reads (held-out review #43 read "(from knowledge; not fetched)" in an answer).
   */
  void learnerText(String field, String text) {
    java.util.regex.Matcher m = CURATORS_NOTE.matcher(text);
    if (m.find()) problem(field, "reads as a curator's note on its sources (\"" + m.group() + "\"), not text for the learner: "
        + "say it in the row's reason, or mark the figure in estimates");
  }

  /** The phrases of a curator's note on sources. */
  private static final java.util.regex.Pattern CURATORS_NOTE = java.util.regex.Pattern.compile(
      "(?i)from knowledge|not fetched|search corpus|sources found");

  void problem(String field, String message) {
    problems.add(new Problem(file, line, id, field, message));
  }

  /** Reads the record's {@code id} first so every later problem can name it. */
  String readId(JsonNode record) {
    return readId(record, "id");
  }

  /** Reads the field that identifies the record (a word list's {@code word}) first, so every later problem can name it. */
  String readId(JsonNode record, String field) {
    id = string(record, "", field);
    return id;
  }

  static String path(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String got(JsonNode n) {
    String s = n.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  private static Optional<JsonNode> present(JsonNode parent, String name) {
    JsonNode n = parent.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
  }

  String string(JsonNode parent, String at, String name) {
    Optional<JsonNode> n = present(parent, name);
    if (n.isEmpty()) {
      problem(path(at, name), "is required");
      return "";
    }
    return text(n.get(), path(at, name));
  }

  String string(JsonNode parent, String at, String name, String absent) {
    return optionalString(parent, at, name).orElse(absent);
  }

  Optional<String> optionalString(JsonNode parent, String at, String name) {
    return present(parent, name).map(n -> text(n, path(at, name)));
  }

  /** The text of {@code n}, or a problem at {@code field} when it is not a string. */
  String text(JsonNode n, String field) {
    if (n.isTextual()) return n.textValue();
    problem(field, "must be a string, got " + got(n));
    return "";
  }

  /** A required number at least {@code min}; the message says "non-negative" when {@code min} is 0. */
  double number(JsonNode parent, String at, String name, double min, double max) {
    Optional<JsonNode> n = present(parent, name);
    if (n.isEmpty()) {
      problem(path(at, name), "is required");
      return min;
    }
    return numberIn(n.get(), path(at, name), min, max);
  }

  double number(JsonNode parent, String at, String name, double min, double max, double absent) {
    return present(parent, name).map(n -> numberIn(n, path(at, name), min, max)).orElse(absent);
  }

  OptionalDouble optionalNumber(JsonNode parent, String at, String name, double min, double max) {
    return present(parent, name).map(n -> OptionalDouble.of(numberIn(n, path(at, name), min, max))).orElse(OptionalDouble.empty());
  }

  double numberIn(JsonNode n, String field, double min, double max) {
    if (n.isNumber() && n.asDouble() >= min && n.asDouble() <= max) return n.asDouble();
    problem(field, "must be " + describe(min, max, "number") + ", got " + got(n));
    return min;
  }

  int integer(JsonNode parent, String at, String name, int min, int max) {
    Optional<JsonNode> n = present(parent, name);
    if (n.isEmpty()) {
      problem(path(at, name), "is required");
      return min;
    }
    return integerIn(n.get(), path(at, name), min, max);
  }

  OptionalInt optionalInteger(JsonNode parent, String at, String name, int min, int max) {
    return present(parent, name).map(n -> OptionalInt.of(integerIn(n, path(at, name), min, max))).orElse(OptionalInt.empty());
  }

  int integerIn(JsonNode n, String field, int min, int max) {
    boolean integral = n.isNumber() && n.asDouble() == Math.rint(n.asDouble());
    if (integral && n.asDouble() >= min && n.asDouble() <= max) return n.asInt();
    problem(field, "must be " + describe(min, max, "integer") + ", got " + got(n));
    return min;
  }

  private static String describe(double min, double max, String kind) {
    if (min == 0 && max == Double.MAX_VALUE || min == 0 && max == Integer.MAX_VALUE) return "a non-negative " + kind;
    if (max == Double.MAX_VALUE || max == Integer.MAX_VALUE) return "a " + kind + " >= " + fmt(min);
    return "a" + (kind.startsWith("i") ? "n " : " ") + kind + " in " + fmt(min) + ".." + fmt(max);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  boolean bool(JsonNode parent, String at, String name) {
    Optional<JsonNode> n = present(parent, name);
    if (n.isEmpty()) return false;
    if (n.get().isBoolean()) return n.get().booleanValue();
    problem(path(at, name), "must be true or false, got " + got(n.get()));
    return false;
  }

  /** An enum by wire name, e.g. {@code type: "certification"}; the message lists the allowed names. */
  <E> E choice(JsonNode parent, String at, String name, Function<String, Optional<E>> fromWire, List<String> allowed, E fallback) {
    int before = problems.size();
    String s = string(parent, at, name);
    if (problems.size() > before) return fallback;
    Optional<E> e = fromWire.apply(s);
    if (e.isEmpty()) problem(path(at, name), "must be one of " + String.join(", ", allowed) + ", got \"" + s + "\"");
    return e.orElse(fallback);
  }

  /** The elements of an optional array (absent or null: none), each with its path {@code name[i]}. */
  List<Element> array(JsonNode parent, String at, String name) {
    Optional<JsonNode> n = present(parent, name);
    if (n.isEmpty()) return List.of();
    if (!n.get().isArray()) {
      problem(path(at, name), "must be an array, got " + got(n.get()));
      return List.of();
    }
    List<Element> out = new ArrayList<>(n.get().size());
    for (int i = 0; i < n.get().size(); i++) out.add(new Element(n.get().get(i), path(at, name) + "[" + i + "]"));
    return out;
  }

  List<String> strings(JsonNode parent, String at, String name) {
    return array(parent, at, name).stream().map(e -> text(e.node(), e.path())).toList();
  }

  /** An optional object field (absent or null: empty). */
  Optional<JsonNode> object(JsonNode parent, String at, String name) {
    Optional<JsonNode> n = present(parent, name);
    if (n.isPresent() && !n.get().isObject()) {
      problem(path(at, name), "must be an object, got " + got(n.get()));
      return Optional.empty();
    }
    return n;
  }

  /** One array element and the path that names it in problems. */
  record Element(JsonNode node, String path) {}
}
