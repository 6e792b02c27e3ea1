package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Requirement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fewest years of experience a credential's prerequisites need on their cheapest route, assuming every
 * prerequisite credential and skill can be earned on the way (experience is the one thing no pathway provides).
 * A prerequisite credential contributes its own requirement, recursively. Memoised: the catalogue is immutable.
 */
final class ExperienceRequirement {
  private final Catalog catalog;
  private final Map<String, Double> memo = new ConcurrentHashMap<>();

  ExperienceRequirement(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The years of experience {@code credential} needs, 0 when some route needs none. */
  double yearsFor(Credential credential) {
    Double known = memo.get(credential.id());
    if (known != null) return known;
    double years = credential.requires().map(r -> years(r, new HashSet<>(Set.of(credential.id())))).orElse(0.0);
    memo.put(credential.id(), years);
    return years;
  }

  /**
   * The years of experience the issuer of {@code credential} recommends before it on the easiest route (its
   * recommendations, with their credentials' own requirements), at least {@link #yearsFor}; 0 when none.
   */
  double recommendedYearsFor(Credential credential) {
    double recommended = credential.recommends().map(r -> years(r, new HashSet<>(Set.of(credential.id())))).orElse(0.0);
    return Math.max(yearsFor(credential), recommended);
  }

  /**
   * The years {@code credential} needs of a learner who holds {@code held} and can spend {@code maxCost}: the fewest on
   * a route whose prerequisite credentials they hold or could buy within that (a year with a $40,000 school behind it is
   * not a route open to them: ASE's A-series asks them for two); {@link #yearsFor(Credential)} when no route is open.
   */
  double yearsFor(Credential credential, Set<String> held, double maxCost) {
    if (credential.requires().isEmpty()) return 0;
    double open = years(credential.requires().get(), new HashSet<>(Set.of(credential.id())), held, maxCost);
    return Double.isInfinite(open) ? yearsFor(credential) : open;
  }

  private double years(Requirement r, Set<String> visiting, Set<String> held, double maxCost) {
    return r.fold(new Requirement.Fold<Double>() {
      @Override public Double credential(Requirement.HasCredential c) {
        if (held.contains(c.credential())) return 0.0;
        // An unknown credential (one outside a tenant's catalogue, say) or a prerequisite cycle says nothing about
        // experience; loading the taxonomy refuses cycles (TaxonomyValidator), so this only keeps the walk finite.
        Optional<Credential> x = catalog.findCredential(c.credential());
        if (x.isEmpty() || !visiting.add(c.credential())) return 0.0;
        double y = x.get().cost().total() > maxCost ? Double.POSITIVE_INFINITY
            : x.get().requires().map(q -> years(q, visiting, held, maxCost)).orElse(0.0);
        visiting.remove(c.credential());
        return y;
      }
      @Override public Double skill(Requirement.HasSkill s) { return 0.0; }
      @Override public Double experience(Requirement.HasExperience e) { return e.years(); }
      @Override public Double atLeast(int k, List<Double> parts) {
        return parts.stream().sorted().toList().get(k - 1);
      }
    });
  }

  /** {@link #years(Requirement, Set, Set, double)} for a learner who holds nothing and whose budget is unlimited. */
  private double years(Requirement r, Set<String> visiting) {
    return years(r, visiting, Set.of(), Double.POSITIVE_INFINITY);
  }
}
