package io.credpath.search;

import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A credential search: free text (blank browses everything), filters (values within one filter are OR-ed,
 * filters are AND-ed; {@code skills} keeps credentials teaching any of them), the caller's catalogue scope, a sort
 * and a 0-based page of at most {@value #MAX_SIZE} results within the first {@value #MAX_WINDOW}. Retired
 * credentials are left out unless asked for.
 */
public record CredentialQuery(String text, Set<CredentialType> types, Set<String> providers, Set<Delivery> deliveries,
    Set<Integer> levels, Optional<String> language, OptionalDouble maxCost, OptionalDouble maxHours, Set<String> skills,
    CatalogScope scope, boolean includeRetired, SortOrder sort, int page, int size) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;

  public CredentialQuery {
    Objects.requireNonNull(text, "text must not be null");
    types = Set.copyOf(types);
    providers = Set.copyOf(providers);
    for (String p : providers) {
      if (p.isBlank()) throw new IllegalArgumentException("provider filter must not be blank: '" + p + "'");
    }
    deliveries = Set.copyOf(deliveries);
    levels = Set.copyOf(levels);
    for (int l : levels) {
      if (l < 1 || l > 5) throw new IllegalArgumentException("level must be 1..5: " + l);
    }
    Objects.requireNonNull(language, "language");
    checkLimit("maxCost", maxCost);
    checkLimit("maxHours", maxHours);
    skills = Set.copyOf(skills);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(sort, "sort");
    if (page < 0) throw new IllegalArgumentException("page must not be negative: " + page);
    if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
    if ((long) (page + 1) * size > MAX_WINDOW) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " goes past result " + MAX_WINDOW);
    }
  }

  private static void checkLimit(String name, OptionalDouble v) {
    Objects.requireNonNull(v, name);
    if (v.isPresent() && !(v.getAsDouble() >= 0 && Double.isFinite(v.getAsDouble()))) {
      throw new IllegalArgumentException(name + " must be a non-negative number: " + v.getAsDouble());
    }
  }

  /** A builder starting from {@code text}, no filters, the whole catalogue, relevance order, page 0 of 20. */
  public static Builder text(String text) {
    return new Builder(text);
  }

  /** Builds {@link CredentialQuery}s field by field; {@link #build} validates. */
  public static final class Builder {
    private final String text;
    private Set<CredentialType> types = Set.of();
    private Set<String> providers = Set.of();
    private Set<Delivery> deliveries = Set.of();
    private Set<Integer> levels = Set.of();
    private Optional<String> language = Optional.empty();
    private OptionalDouble maxCost = OptionalDouble.empty();
    private OptionalDouble maxHours = OptionalDouble.empty();
    private Set<String> skills = Set.of();
    private CatalogScope scope = CatalogScope.everything();
    private boolean includeRetired;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page;
    private int size = 20;

    private Builder(String text) { this.text = text; }

    public Builder types(CredentialType... t) { this.types = Set.of(t); return this; }
    public Builder providers(String... p) { this.providers = Set.of(p); return this; }
    public Builder deliveries(Delivery... d) { this.deliveries = Set.of(d); return this; }
    public Builder levels(Integer... l) { this.levels = Set.of(l); return this; }
    public Builder language(String l) { this.language = Optional.of(l); return this; }
    public Builder maxCost(double c) { this.maxCost = OptionalDouble.of(c); return this; }
    public Builder maxHours(double h) { this.maxHours = OptionalDouble.of(h); return this; }
    public Builder skills(String... s) { this.skills = Set.of(s); return this; }
    public Builder scope(CatalogScope s) { this.scope = s; return this; }
    public Builder includeRetired(boolean r) { this.includeRetired = r; return this; }
    public Builder sort(SortOrder s) { this.sort = s; return this; }
    public Builder page(int p, int s) { this.page = p; this.size = s; return this; }

    public CredentialQuery build() {
      return new CredentialQuery(text, types, providers, deliveries, levels, language, maxCost, maxHours, skills, scope,
          includeRetired, sort, page, size);
    }
  }
}
