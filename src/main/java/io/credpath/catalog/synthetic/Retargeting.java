package io.credpath.catalog.synthetic;

import io.credpath.catalog.Requirement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Copies a requirement expression's shape (allOf, anyOf, k-of-n, skill and experience leaves as they are) onto new
 * credential leaves: each credential it names becomes one of {@code earlier}, the credentials the same synthetic
 * provider made before, or stays when {@code keep} holds for it (a kept shipped credential such as CompTIA A+). A
 * leaf with nothing to point at is dropped, a group left empty with it; a k-of-n group keeps k at most its size.
 * Credentials already made come first in the file, so the prerequisite graph stays free of loops.
 */
final class Retargeting {
  /** How deep a prerequisite chain may grow: a credential may ask for one whose chain is at most this minus one. */
  static final int MAX_DEPTH = 6;

  /** A credential the provider has made, and the length of the longest prerequisite chain below it. */
  record Made(String id, int depth) {}

  private final List<Made> earlier;
  private final Predicate<String> keep;
  private final java.util.function.ToIntFunction<String> keptDepth;
  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();
  private int depth;

  Retargeting(List<Made> earlier, Predicate<String> keep, java.util.function.ToIntFunction<String> keptDepth, SplittableRandom random) {
    this.earlier = earlier;
    this.keep = keep;
    this.keptDepth = keptDepth;
    this.random = random;
  }

  /** The expression with its credential leaves retargeted, or empty when nothing of it is left. */
  Optional<Requirement> copy(Requirement shape) {
    return Optional.ofNullable(shape.fold(new Requirement.Fold<Requirement>() {
      @Override public Requirement credential(Requirement.HasCredential leaf) { return pick(leaf.credential()); }
      @Override public Requirement skill(Requirement.HasSkill leaf) { return leaf; }
      @Override public Requirement experience(Requirement.HasExperience leaf) { return leaf; }
      @Override public Requirement allOf(List<Requirement> parts) {
        List<Requirement> left = present(parts);
        return left.isEmpty() ? null : new Requirement.AllOf(left);
      }
      @Override public Requirement anyOf(List<Requirement> parts) {
        List<Requirement> left = present(parts);
        return left.isEmpty() ? null : new Requirement.AnyOf(left);
      }
      @Override public Requirement atLeast(int k, List<Requirement> parts) {
        List<Requirement> left = present(parts);
        return left.isEmpty() ? null : new Requirement.AtLeast(Math.min(k, left.size()), left);
      }
    }));
  }

  /** The longest prerequisite chain below a credential asking for what the last {@link #copy} made (0 for none). */
  int depth() {
    return depth;
  }

  private static List<Requirement> present(List<Requirement> parts) {
    List<Requirement> out = new ArrayList<>(parts.size());
    for (Requirement p : parts) if (p != null) out.add(p);
    return out;
  }

  /**
   * One of the provider's earlier credentials not yet named in this expression: three times in four the one with the
   * longest chain below the depth limit (so chains build up as a provider's ladder of certifications does, and reach
   * the depth limit in a large catalogue, where the shipped one stops at 4), otherwise any; the named credential
   * itself when it is kept.
   */
  private Requirement pick(String named) {
    if (keep.test(named) && used.add(named)) {
      depth = Math.max(depth, 1 + keptDepth.applyAsInt(named));
      return new Requirement.HasCredential(named);
    }
    List<Made> open = new ArrayList<>();
    Made deepest = null;
    for (Made m : earlier) {
      if (m.depth() >= MAX_DEPTH || used.contains(m.id())) continue;
      open.add(m);
      if (deepest == null || m.depth() > deepest.depth()) deepest = m;
    }
    if (open.isEmpty()) return null;
    Made chosen = random.nextInt(4) > 0 ? deepest : open.get(random.nextInt(open.size()));
    used.add(chosen.id());
    depth = Math.max(depth, 1 + chosen.depth());
    return new Requirement.HasCredential(chosen.id());
  }
}
