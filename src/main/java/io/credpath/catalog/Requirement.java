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

  /**
   * What a walk over an expression makes of each kind of node, given what it made of the parts (in order): the one way
   * the code walks prerequisite, recommendation and stack expressions. {@code allOf} and {@code anyOf} are n-of-n and
   * 1-of-n unless a fold tells them apart.
   */
  interface Fold<T> {
    T credential(HasCredential leaf);

    T skill(HasSkill leaf);

    T experience(HasExperience leaf);

    /** At least {@code k} of {@code parts}. */
    T atLeast(int k, List<T> parts);

    default T allOf(List<T> parts) {
      return atLeast(parts.size(), parts);
    }

    default T anyOf(List<T> parts) {
      return atLeast(1, parts);
    }
  }

  /** Folds this expression bottom-up with {@code fold}, the parts of a combinator left to right. */
  default <T> T fold(Fold<T> fold) {
    if (this instanceof HasCredential c) return fold.credential(c);
    if (this instanceof HasSkill s) return fold.skill(s);
    if (this instanceof HasExperience e) return fold.experience(e);
    if (this instanceof AllOf a) return fold.allOf(folded(a.of(), fold));
    if (this instanceof AnyOf a) return fold.anyOf(folded(a.of(), fold));
    AtLeast a = (AtLeast) this;
    return fold.atLeast(a.k(), folded(a.of(), fold));
  }

  private static <T> List<T> folded(List<Requirement> parts, Fold<T> fold) {
    List<T> out = new ArrayList<>(parts.size());
    for (Requirement p : parts) out.add(p.fold(fold));
    return out;
  }

  /** Visits every leaf of this expression, in order. */
  default void forEachLeaf(Consumer<Requirement> visitor) {
    fold(new Fold<Void>() {
      @Override public Void credential(HasCredential leaf) { return visit(leaf); }
      @Override public Void skill(HasSkill leaf) { return visit(leaf); }
      @Override public Void experience(HasExperience leaf) { return visit(leaf); }
      @Override public Void atLeast(int k, List<Void> parts) { return null; }

      private Void visit(Requirement leaf) {
        visitor.accept(leaf);
        return null;
      }
    });
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
    return fold(new Fold<Object>() {
      @Override public Object credential(HasCredential leaf) { return wire("credential", leaf.credential()); }

      @Override public Object skill(HasSkill leaf) {
        Map<String, Object> m = wire("skill", leaf.skill());
        m.put("level", leaf.level());
        return m;
      }

      @Override public Object experience(HasExperience leaf) { return wire("experienceYears", leaf.years()); }
      @Override public Object allOf(List<Object> parts) { return wire("allOf", parts); }
      @Override public Object anyOf(List<Object> parts) { return wire("anyOf", parts); }

      @Override public Object atLeast(int k, List<Object> parts) {
        Map<String, Object> m = wire("atLeast", k);
        m.put("of", parts);
        return m;
      }

      private Map<String, Object> wire(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
      }
    });
  }
}
