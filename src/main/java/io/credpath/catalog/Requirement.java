package io.credpath.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** A requirement expression: the shared format of prerequisites, recommendations and stack components. */
public sealed interface Requirement
    permits Requirement.AllOf, Requirement.AnyOf, Requirement.AtLeast,
        Requirement.HasCredential, Requirement.HasSkill, Requirement.HasExperience {

  /** Every part must hold. */
  record AllOf(List<Requirement> of) implements Requirement {
    public AllOf {
      of = List.copyOf(of);
      if (of.isEmpty()) throw new IllegalArgumentException("allOf must not be empty");
    }
  }

  /** At least one part must hold. */
  record AnyOf(List<Requirement> of) implements Requirement {
    public AnyOf {
      of = List.copyOf(of);
      if (of.isEmpty()) throw new IllegalArgumentException("anyOf must not be empty");
    }
  }

  /** At least {@code k} of the parts must hold. */
  record AtLeast(int k, List<Requirement> of) implements Requirement {
    public AtLeast {
      of = List.copyOf(of);
      if (k < 1 || k > of.size()) {
        throw new IllegalArgumentException("atLeast must be between 1 and " + of.size() + ": " + k);
      }
    }
  }

  /** The named credential must be held. */
  record HasCredential(String credential) implements Requirement {
    public HasCredential {
      Objects.requireNonNull(credential, "credential");
    }
  }

  /** The named skill must be held at or above {@code level}. */
  record HasSkill(String skill, int level) implements Requirement {
    public HasSkill {
      Objects.requireNonNull(skill, "skill");
      if (level < 1 || level > 5) throw new IllegalArgumentException("level must be 1..5: " + level);
    }
  }

  /** At least this many years of relevant experience. */
  record HasExperience(double years) implements Requirement {
    public HasExperience {
      if (!(years >= 0) || years > 60) throw new IllegalArgumentException("experienceYears must be 0..60: " + years);
    }
  }

  /** Visits every leaf of this expression. */
  default void forEachLeaf(Consumer<Requirement> visitor) {
    List<Requirement> parts = parts();
    if (parts.isEmpty()) {
      visitor.accept(this);
    } else {
      parts.forEach(r -> r.forEachLeaf(visitor));
    }
  }

  /** The sub-expressions of a combinator; empty for a leaf. */
  default List<Requirement> parts() {
    if (this instanceof AllOf a) return a.of();
    if (this instanceof AnyOf a) return a.of();
    if (this instanceof AtLeast a) return a.of();
    return List.of();
  }

  /** The credential ids this expression mentions, in order of appearance. */
  default List<String> credentialIds() {
    List<String> ids = new ArrayList<>();
    forEachLeaf(r -> {
      if (r instanceof HasCredential c) ids.add(c.credential());
    });
    return ids;
  }

  /** The wire shape ({@code {"allOf":[...]}} and so on) as plain maps and lists. */
  default Object toWire() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (this instanceof AllOf a) {
      m.put("allOf", a.of().stream().map(Requirement::toWire).toList());
    } else if (this instanceof AnyOf a) {
      m.put("anyOf", a.of().stream().map(Requirement::toWire).toList());
    } else if (this instanceof AtLeast a) {
      m.put("atLeast", a.k());
      m.put("of", a.of().stream().map(Requirement::toWire).toList());
    } else if (this instanceof HasCredential c) {
      m.put("credential", c.credential());
    } else if (this instanceof HasSkill sk) {
      m.put("skill", sk.skill());
      m.put("level", sk.level());
    } else if (this instanceof HasExperience e) {
      m.put("experienceYears", e.years());
    }
    return m;
  }
}
