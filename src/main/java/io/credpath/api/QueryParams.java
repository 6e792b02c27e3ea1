package io.credpath.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/** Reads query parameters, collecting every invalid one as a {@link FieldError} (answered with 400). */
final class QueryParams {
  private final Context ctx;
  private final List<FieldError> errors = new ArrayList<>();

  QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  /** Free text, trimmed; empty when absent; an error when longer than {@code max} or holding control characters. */
  String text(String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null) return "";
    v = v.strip();
    if (v.length() > max) return fail(name, "must be at most " + max + " characters", "");
    if (v.chars().anyMatch(Character::isISOControl) || v.indexOf('\uFFFD') >= 0) return fail(name, "must be plain UTF-8 text", "");
    return v;
  }

  int integer(String name, int min, int max, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return dflt;
    try {
      int i = Integer.parseInt(v.strip());
      if (i >= min && i <= max) return i;
    } catch (NumberFormatException e) {
      // reported below
    }
    return fail(name, "must be an integer between " + min + " and " + max, dflt);
  }

  OptionalDouble decimal(String name, double min, double max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return OptionalDouble.empty();
    try {
      double d = Double.parseDouble(v.strip());
      if (d >= min && d <= max) return OptionalDouble.of(d);
    } catch (NumberFormatException e) {
      // reported below
    }
    return fail(name, "must be a number between " + (long) min + " and " + (long) max, OptionalDouble.empty());
  }

  /** Every value of a repeatable (or comma-separated) parameter, parsed; unknown values are errors. */
  <T> Set<T> values(String name, Function<String, Optional<T>> parse, String expected) {
    Set<T> out = new LinkedHashSet<>();
    for (String raw : ctx.queryParams(name)) {
      for (String part : raw.split(",")) {
        if (part.isBlank()) continue;
        Optional<T> v = parse.apply(part.strip());
        if (v.isEmpty()) fail(name, "must be " + expected, null);
        v.ifPresent(out::add);
      }
    }
    if (out.size() > 50) fail(name, "must have at most 50 values", null);
    return out;
  }

  /** Records that parameter {@code name} is invalid, for a check across parameters. */
  void invalid(String name, String message) {
    fail(name, message, null);
  }

  /** Throws a 400 problem listing every invalid parameter, if any. */
  void throwIfInvalid() {
    if (!errors.isEmpty()) throw ApiProblem.invalid(400, errors);
  }

  private <T> T fail(String name, String message, T value) {
    errors.add(new FieldError(name, message));
    return value;
  }
}
