package io.credpath.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What someone holds (credentials, skill levels, years of experience), and whether that satisfies a requirement expression. */
public record Holdings(Set<String> credentials, Map<String, Integer> skills, double experienceYears) {
  public Holdings {
    credentials = Set.copyOf(credentials);
    skills = Map.copyOf(skills);
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
    if (r instanceof Requirement.HasCredential c) return credentials.contains(c.credential()) ? 0 : 1;
    if (r instanceof Requirement.HasSkill s) return skills.getOrDefault(s.skill(), 0) >= s.level() ? 0 : 1;
    if (r instanceof Requirement.HasExperience e) return experienceYears >= e.years() ? 0 : 1;
    if (r instanceof Requirement.AllOf a) return a.of().stream().mapToInt(this::missing).sum();
    if (r instanceof Requirement.AnyOf a) return a.of().stream().mapToInt(this::missing).min().orElse(0);
    Requirement.AtLeast a = (Requirement.AtLeast) r;
    return a.of().stream().mapToInt(this::missing).sorted().limit(a.k()).sum();
  }

  /** These holdings plus the skills and credential ids of {@code more}. */
  public Holdings plus(List<Credential> more) {
    Set<String> creds = new java.util.HashSet<>(credentials);
    Map<String, Integer> sk = new HashMap<>(skills);
    for (Credential c : more) {
      creds.add(c.id());
      for (TaughtSkill s : c.skills()) sk.merge(s.skill(), s.level(), Math::max);
    }
    return new Holdings(creds, sk, experienceYears);
  }
}
