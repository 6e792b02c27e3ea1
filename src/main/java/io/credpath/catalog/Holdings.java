package io.credpath.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What someone holds (credentials, skill levels, years of experience), and whether that satisfies a requirement
 * expression. {@code background} holds skill levels that meet what a course assumes but do not count as held toward a
 * target's tools: the tools a current job lists as examples of a kind ("Linux" for a network support specialist, who
 * works with operating systems but not with every one of them) are background enough for an intermediate Linux course.
 * Toward a skill of the target's field they count (the gap analysis holds an inventory clerk's inventory management
 * software as inventory management).
 */
public record Holdings(Set<String> credentials, Map<String, Integer> skills, double experienceYears, Map<String, Integer> background) {
  public Holdings {
    credentials = Set.copyOf(credentials);
    skills = Map.copyOf(skills);
    background = Map.copyOf(background);
  }

  /** Holdings without background beyond the skills held. */
  public Holdings(Set<String> credentials, Map<String, Integer> skills, double experienceYears) {
    this(credentials, skills, experienceYears, Map.of());
  }

  /** The same holdings with {@code years} of experience. */
  public Holdings withExperience(double years) {
    return new Holdings(credentials, skills, years, background);
  }

  /** The same holdings plus credential {@code id} (its skills unknown). */
  public Holdings withCredential(String id) {
    Set<String> creds = new java.util.HashSet<>(credentials);
    creds.add(id);
    return new Holdings(creds, skills, experienceYears, background);
  }

  /** Whether this holding meets the expression. */
  public boolean satisfies(Requirement r) {
    return missing(r) == 0;
  }

  /**
   * How many leaf conditions are still missing before the expression holds: 0 when it holds; for
   * {@code anyOf} the cheapest branch, for {@code atLeast k} the k cheapest parts.
   */
  public int missing(Requirement r) {
    return r.fold(new Requirement.Fold<Integer>() {
      @Override public Integer credential(Requirement.HasCredential c) { return credentials.contains(c.credential()) ? 0 : 1; }
      @Override public Integer skill(Requirement.HasSkill s) { return levelFor(s.skill()) >= s.level() ? 0 : 1; }
      @Override public Integer experience(Requirement.HasExperience e) { return experienceYears >= e.years() ? 0 : 1; }

      @Override public Integer atLeast(int k, List<Integer> parts) {
        return parts.stream().mapToInt(Integer::intValue).sorted().limit(k).sum();
      }
    });
  }

  /** The level of {@code skill} that counts toward what a credential asks for: held or background. */
  public int levelFor(String skill) {
    return Math.max(skills.getOrDefault(skill, 0), background.getOrDefault(skill, 0));
  }

  /** These holdings plus the skills and credential ids of {@code more}. */
  public Holdings plus(List<Credential> more) {
    Set<String> creds = new java.util.HashSet<>(credentials);
    Map<String, Integer> sk = new HashMap<>(skills);
    for (Credential c : more) {
      creds.add(c.id());
      for (TaughtSkill s : c.skills()) sk.merge(s.skill(), s.level(), Math::max);
    }
    return new Holdings(creds, sk, experienceYears, background);
  }
}
