package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads typed fields out of a JSON body, collecting every problem as a {@link FieldError} instead of stopping at the first. */
final class BodyFields {
  private final List<FieldError> errors = new ArrayList<>();

  /** The object at {@code name} (missing when absent or null); reports a non-object and any field outside {@code allowed}. */
  JsonNode object(JsonNode parent, String path, String name, Set<String> allowed) {
    JsonNode n = parent.path(name);
    String at = join(path, name);
    if (n.isMissingNode() || n.isNull()) return MissingNode.getInstance();
    if (!n.isObject()) return fail(at, "must be an object");
    return checkNames(n, at, allowed);
  }

  /** Reports any field of {@code n} outside {@code allowed}; a non-object root is an error. */
  JsonNode checkNames(JsonNode n, String at, Set<String> allowed) {
    if (!n.isObject()) return fail(at.isEmpty() ? "(body)" : at, "must be a JSON object");
    for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!allowed.contains(f)) errors.add(new FieldError(join(at, clip(f)), "unknown field"));
    }
    return n;
  }

  Optional<String> text(JsonNode parent, String path, String name, int maxLength, boolean required) {
    JsonNode n = parent.path(name);
    String at = join(path, name);
    if (n.isMissingNode() || n.isNull()) {
      if (required) errors.add(new FieldError(at, "is required"));
      return Optional.empty();
    }
    if (!n.isTextual()) return failed(at, "must be a string");
    String s = n.textValue().strip();
    if (s.isEmpty() && required) return failed(at, "must not be blank");
    if (s.length() > maxLength) return failed(at, "must be at most " + maxLength + " characters");
    if (s.chars().anyMatch(Character::isISOControl)) return failed(at, "must not contain control characters");
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  OptionalDouble number(JsonNode parent, String path, String name, double min, double max) {
    JsonNode n = parent.path(name);
    String at = join(path, name);
    if (n.isMissingNode() || n.isNull()) return OptionalDouble.empty();
    if (!n.isNumber()) {
      errors.add(new FieldError(at, "must be a number"));
      return OptionalDouble.empty();
    }
    double v = n.doubleValue();
    if (!(v >= min && v <= max)) {
      errors.add(new FieldError(at, "must be between " + fmt(min) + " and " + fmt(max)));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v);
  }

  /** An integral number in range, or {@code dflt} when absent. */
  int integer(JsonNode parent, String path, String name, int min, int max, int dflt) {
    JsonNode n = parent.path(name);
    if (n.isMissingNode() || n.isNull()) return dflt;
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
      errors.add(new FieldError(join(path, name), "must be an integer between " + min + " and " + max));
      return dflt;
    }
    return n.intValue();
  }

  boolean bool(JsonNode parent, String path, String name, boolean dflt) {
    JsonNode n = parent.path(name);
    if (n.isMissingNode() || n.isNull()) return dflt;
    if (!n.isBoolean()) errors.add(new FieldError(join(path, name), "must be true or false"));
    return n.isBoolean() ? n.booleanValue() : dflt;
  }

  /** A list of strings (absent = empty). */
  List<String> strings(JsonNode parent, String path, String name, int maxItems, int maxLength) {
    List<JsonNode> items = array(parent, path, name, maxItems);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      String at = join(path, name) + "[" + i + "]";
      if (!n.isTextual() || n.textValue().isBlank()) errors.add(new FieldError(at, "must be a non-empty string"));
      else if (n.textValue().length() > maxLength) errors.add(new FieldError(at, "must be at most " + maxLength + " characters"));
      else out.add(n.textValue().strip());
    }
    return out;
  }

  /** The elements of an array (absent = empty). */
  List<JsonNode> array(JsonNode parent, String path, String name, int maxItems) {
    JsonNode n = parent.path(name);
    String at = join(path, name);
    if (n.isMissingNode() || n.isNull()) return List.of();
    if (!n.isArray()) return failedList(at, "must be an array");
    if (n.size() > maxItems) return failedList(at, "must have at most " + maxItems + " items");
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /** Records a problem found by the caller. */
  void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** Whether any problem was found so far. */
  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws a problem with every error collected so far and these suggested ids, if any error. */
  void throwIfInvalid(int status, List<String> suggestions) {
    if (!errors.isEmpty()) throw ApiProblem.invalid(status, errors, suggestions);
  }

  /** Throws a problem with every error collected so far, if any. */
  void throwIfInvalid(int status) {
    if (!errors.isEmpty()) throw ApiProblem.invalid(status, errors);
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private JsonNode fail(String at, String message) {
    errors.add(new FieldError(at, message));
    return MissingNode.getInstance();
  }

  private <T> Optional<T> failed(String at, String message) {
    errors.add(new FieldError(at, message));
    return Optional.empty();
  }

  private List<JsonNode> failedList(String at, String message) {
    errors.add(new FieldError(at, message));
    return List.of();
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
