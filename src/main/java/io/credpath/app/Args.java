package io.credpath.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments after the command name: {@code --name value}, {@code --name=value}, repeatable
 * flags and boolean switches; anything not declared is an error naming it.
 */
final class Args {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  Args(List<String> args, Set<String> valued, Set<String> switches) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (switches.contains(name)) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "true" : value);
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) throw new ConfigException("--" + name + " needs a value");
          value = args.get(++i);
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new ConfigException("unknown option --" + name + " (known: "
            + String.join(", ", union(valued, switches).stream().sorted().map(s -> "--" + s).toList()) + ")");
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  Optional<String> get(String name) {
    List<String> v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  List<String> positional() {
    return positional;
  }

  double number(String name, double fallback) {
    Optional<String> v = get(name);
    if (v.isEmpty()) return fallback;
    try {
      double d = Double.parseDouble(v.get());
      if (!Double.isFinite(d)) throw new NumberFormatException();
      return d;
    } catch (NumberFormatException e) {
      throw new ConfigException("--" + name + " must be a number, got '" + v.get() + "'");
    }
  }

  /** The single-valued flags as a map, for {@link AppConfig#from}. */
  Map<String, String> flags() {
    Map<String, String> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, v.get(v.size() - 1)));
    return m;
  }
}
