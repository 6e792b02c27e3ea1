package io.credpath.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The loaded taxonomy: skills, occupations, credentials and stacks, looked up by id, and the search word lists. Immutable. */
public final class Catalog {
  private final Map<String, Skill> skills;
  private final Map<String, Occupation> occupations;
  private final Map<String, Credential> credentials;
  private final Map<String, Stack> stacks;
  private final Map<String, Object> sources;
  private final SearchWords searchWords;

  /** A catalogue without search word lists ({@link SearchWords#none()}): for one built by hand that is never searched. */
  public Catalog(Collection<Skill> skills, Collection<Occupation> occupations, Collection<Credential> credentials,
      Collection<Stack> stacks, Map<String, Object> sources) {
    this(skills, occupations, credentials, stacks, sources, SearchWords.none());
  }

  public Catalog(Collection<Skill> skills, Collection<Occupation> occupations, Collection<Credential> credentials,
      Collection<Stack> stacks, Map<String, Object> sources, SearchWords searchWords) {
    this.skills = byId(skills, Skill::id);
    this.occupations = byId(occupations, Occupation::id);
    this.credentials = byId(credentials, Credential::id);
    this.stacks = byId(stacks, Stack::id);
    this.sources = Map.copyOf(sources);
    this.searchWords = java.util.Objects.requireNonNull(searchWords, "searchWords");
  }

  private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) {
      if (m.putIfAbsent(id.apply(t), t) != null) throw new IllegalArgumentException("duplicate id: " + id.apply(t));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  public Collection<Skill> skills() { return skills.values(); }
  public Collection<Occupation> occupations() { return occupations.values(); }
  public Collection<Credential> credentials() { return credentials.values(); }
  public Collection<Stack> stacks() { return stacks.values(); }
  /** The source and licence blocks of each file, keyed by file name. */
  public Map<String, Object> sources() { return sources; }
  /** The abbreviations, stop words and filler words searches over this catalogue use ({@code taxonomy/search-*.jsonl}). */
  public SearchWords searchWords() { return searchWords; }

  public Optional<Skill> findSkill(String id) { return Optional.ofNullable(skills.get(id)); }
  public Optional<Occupation> findOccupation(String id) { return Optional.ofNullable(occupations.get(id)); }
  public Optional<Credential> findCredential(String id) { return Optional.ofNullable(credentials.get(id)); }

  /** {@code ids}, each followed by the state versions of the credential it names (a stand-in's states' own). */
  public List<String> withStateVersions(Collection<String> ids) {
    List<String> out = new java.util.ArrayList<>();
    for (String id : ids) {
      out.add(id);
      findCredential(id).ifPresent(c -> out.addAll(c.stateVersions()));
    }
    return out;
  }
  public Optional<Stack> findStack(String id) { return Optional.ofNullable(stacks.get(id)); }

  /** The skill with this id, or an {@link UnknownIdException} that suggests close ids. */
  public Skill skill(String id) {
    return findSkill(id).orElseThrow(() -> new UnknownIdException("skill", id, ClosestNames.closest(id, skills.keySet(), 5)));
  }

  /** The occupation with this id, or an {@link UnknownIdException}. */
  public Occupation occupation(String id) {
    return findOccupation(id).orElseThrow(() -> new UnknownIdException("occupation", id, ClosestNames.closest(id, occupations.keySet(), 5)));
  }

  /** The credential with this id, or an {@link UnknownIdException} that suggests close ids. */
  public Credential credential(String id) {
    return findCredential(id).orElseThrow(() -> new UnknownIdException("credential", id, ClosestNames.closest(id, credentials.keySet(), 5)));
  }

  /**
   * A catalogue holding only the credentials that pass {@code keep} (a tenant's restriction); stacks
   * and prerequisites that mention removed credentials stay, since they are unmet rather than invalid.
   */
  public Catalog restrictedTo(Predicate<Credential> keep) {
    List<Credential> kept = credentials.values().stream().filter(keep).collect(Collectors.toList());
    return new Catalog(skills.values(), occupations.values(), kept, stacks.values(), sources, searchWords);
  }
}
