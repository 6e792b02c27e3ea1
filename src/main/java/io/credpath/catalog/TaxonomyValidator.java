package io.credpath.catalog;

import io.credpath.catalog.JsonLinesReader.Located;
import io.credpath.catalog.JsonLinesReader.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks what no single line can: duplicate ids, references to unknown skills and credentials, and
 * prerequisite cycles. An id counts as known when its line was read, even if another field of that line
 * was wrong, so one bad record does not cascade into many "unknown" problems.
 */
final class TaxonomyValidator {
  /** Suggestions cost a scan of every id; after this many unknown references they are left out. */
  private static final int SUGGESTION_LIMIT = 25;

  private final ParsedFile<Skill> skills;
  private final ParsedFile<Occupation> occupations;
  private final ParsedFile<Credential> credentials;
  private final ParsedFile<Stack> stacks;
  private final Set<String> skillIds = new HashSet<>();
  private final Set<String> credentialIds = new HashSet<>();
  private final Set<String> occupationIds = new HashSet<>();
  private final List<Problem> problems = new ArrayList<>();
  private int unknownReferences;
  private final PrerequisiteCycleFinder cycles;

  TaxonomyValidator(ParsedFile<Skill> skills, ParsedFile<Occupation> occupations, ParsedFile<Credential> credentials,
      ParsedFile<Stack> stacks, PrerequisiteCycleFinder cycles) {
    this.cycles = cycles;
    this.skills = skills;
    this.occupations = occupations;
    this.credentials = credentials;
    this.stacks = stacks;
    skills.ids().forEach(l -> skillIds.add(l.value()));
    credentials.ids().forEach(l -> credentialIds.add(l.value()));
    occupations.ids().forEach(l -> occupationIds.add(l.value()));
  }

  /** Every cross-record problem, grouped by file in line order. */
  List<Problem> problems() {
    problems.clear();
    unknownReferences = 0;
    List.of(skills, occupations, credentials, stacks).forEach(this::duplicates);
    for (Located<Skill> s : skills.records()) {
      s.value().parent().ifPresent(p -> reference(skills.name(), s.line(), s.value().id(), "parent", "skill", p, skillIds));
    }
    for (Located<Occupation> o : occupations.records()) {
      List<SkillRequirement> reqs = o.value().requirements();
      for (int i = 0; i < reqs.size(); i++) {
        reference(occupations.name(), o.line(), o.value().id(), "requirements[" + i + "].skill", "skill", reqs.get(i).skill(), skillIds);
        int at = i;
        reqs.get(i).group().ifPresent(g ->
            reference(occupations.name(), o.line(), o.value().id(), "requirements[" + at + "].group", "skill", g, skillIds));
      }
      List<String> recognised = o.value().credentials();
      for (int i = 0; i < recognised.size(); i++) {
        reference(occupations.name(), o.line(), o.value().id(), "credentials[" + i + "]", "credential", recognised.get(i), credentialIds);
      }
      o.value().entryRoute().ifPresent(r -> {
        java.util.function.BiConsumer<String, List<String>> ids = (field, listed) -> {
          for (int i = 0; i < listed.size(); i++) {
            reference(occupations.name(), o.line(), o.value().id(), "entryRoute." + field + "[" + i + "]", "credential",
                listed.get(i), credentialIds);
          }
        };
        ids.accept("credentials", r.credentials());
        ids.accept("firstSteps", r.firstSteps());
        ids.accept("alsoRequired", r.alsoRequired());
        ids.accept("alsoHelps", r.alsoHelps());
        ids.accept("employerProvided", r.employerProvided());
        for (int i = 0; i < r.alsoRequiredOneOf().size(); i++) {
          for (int k = 0; k < r.alsoRequiredOneOf().get(i).size(); k++) {
            reference(occupations.name(), o.line(), o.value().id(), "entryRoute.alsoRequiredOneOf[" + i + "][" + k + "]", "credential",
                r.alsoRequiredOneOf().get(i).get(k), credentialIds);
          }
        }
        for (int i = 0; i < r.workersHold().size(); i++) {
          for (int k = 0; k < r.workersHold().get(i).oneOf().size(); k++) {
            reference(occupations.name(), o.line(), o.value().id(), "entryRoute.workersHold[" + i + "].oneOf[" + k + "]", "credential",
                r.workersHold().get(i).oneOf().get(k), credentialIds);
          }
        }
      });
    }
    // A route that names one state's version as a step while the stand-in for every state's own is merely helpful says
    // both "asked for" and "most do not ask" of the same credential.
    Map<String, String> standIns = new HashMap<>();
    for (Located<Credential> c : credentials.records()) c.value().stateVersions().forEach(v -> standIns.put(v, c.value().id()));
    for (Located<Occupation> o : occupations.records()) {
      o.value().entryRoute().ifPresent(r -> {
        Map<String, List<String>> asked = Map.of("credentials", r.credentials(), "firstSteps", r.firstSteps(), "alsoRequired",
            r.alsoRequired());
        for (String field : List.of("credentials", "firstSteps", "alsoRequired")) {
          List<String> listed = asked.get(field);
          for (int i = 0; i < listed.size(); i++) {
            String standIn = standIns.get(listed.get(i));
            if (standIn != null && r.alsoHelps().contains(standIn)) {
              problems.add(new Problem(occupations.name(), o.line(), o.value().id(), "entryRoute." + field + "[" + i + "]",
                  listed.get(i) + " is one state's version of " + standIn + ", which the route lists in alsoHelps; a "
                  + "credential is either asked for or merely helpful"));
            }
          }
        }
      });
    }
    Map<String, String> jurisdictions = new HashMap<>();
    for (Located<Credential> c : credentials.records()) jurisdictions.put(c.value().id(), c.value().jurisdiction());
    Set<String> employerConferred = new HashSet<>();
    for (Located<Credential> c : credentials.records()) {
      if (c.value().conditions().stream().anyMatch(k -> k.kind().equals("employer"))) employerConferred.add(c.value().id());
    }
    for (Located<Credential> c : credentials.records()) {
      Credential cred = c.value();
      for (int i = 0; i < cred.skills().size(); i++) {
        reference(credentials.name(), c.line(), cred.id(), "skills[" + i + "].skill", "skill", cred.skills().get(i).skill(), skillIds);
      }
      for (int i = 0; i < cred.preparesFor().size(); i++) {
        reference(credentials.name(), c.line(), cred.id(), "preparesFor[" + i + "]", "occupation", cred.preparesFor().get(i), occupationIds);
      }
      for (int i = 0; i < cred.experienceIn().size(); i++) {
        reference(credentials.name(), c.line(), cred.id(), "experienceIn[" + i + "]", "occupation", cred.experienceIn().get(i), occupationIds);
      }
      cred.requires().ifPresent(r -> expression(credentials.name(), c.line(), cred.id(), "requires", r));
      for (int i = 0; i < cred.stateVersions().size(); i++) {
        String version = cred.stateVersions().get(i);
        reference(credentials.name(), c.line(), cred.id(), "stateVersions[" + i + "]", "credential", version, credentialIds);
        if (jurisdictions.containsKey(version) && jurisdictions.get(version).isEmpty()) {
          problems.add(new Problem(credentials.name(), c.line(), cred.id(), "stateVersions[" + i + "]",
              version + " counts in every state (it has no jurisdiction), so it is not one state's version"));
        }
        // A stand-in for each state's own is no more open than what it stands for: a licence a state issues only on an
        // employer's appointment is not something to buy anywhere.
        if (employerConferred.contains(version) && !employerConferred.contains(cred.id())) {
          problems.add(new Problem(credentials.name(), c.line(), cred.id(), "conditions", version + " is conferred only through an "
              + "employer (an \"employer\" condition), so the credential standing for each state's own needs one too"));
        }
      }
      cred.recommends().ifPresent(r -> expression(credentials.name(), c.line(), cred.id(), "recommends", r));
    }
    for (Located<Stack> s : stacks.records()) {
      expression(stacks.name(), s.line(), s.value().id(), "components", s.value().components());
      s.value().awards().ifPresent(a -> reference(stacks.name(), s.line(), s.value().id(), "awards", "credential", a, credentialIds));
    }
    cycles();
    return List.copyOf(problems);
  }

  private void duplicates(ParsedFile<?> file) {
    Map<String, Integer> first = new HashMap<>();
    for (Located<String> id : file.ids()) {
      Integer earlier = first.putIfAbsent(id.value(), id.line());
      if (earlier != null) {
        problems.add(new Problem(file.name(), id.line(), id.value(), "id", "duplicate id, first defined on line " + earlier));
      }
    }
  }

  private void expression(String file, int line, String id, String field, Requirement r) {
    RequirementReader.forEachLeaf(r, field, (path, leaf) -> {
      if (leaf instanceof Requirement.HasCredential c) reference(file, line, id, path, "credential", c.credential(), credentialIds);
      if (leaf instanceof Requirement.HasSkill s) reference(file, line, id, path, "skill", s.skill(), skillIds);
    });
  }

  private void reference(String file, int line, String id, String field, String kind, String target, Set<String> known) {
    if (known.contains(target)) return;
    String message = "unknown " + kind + " " + target;
    if (++unknownReferences <= SUGGESTION_LIMIT) {
      List<String> close = ClosestNames.closest(target, known, 3);
      if (!close.isEmpty()) message += "; did you mean " + String.join(", ", close) + "?";
    }
    problems.add(new Problem(file, line, id, field, message));
  }

  /** Each loop among the credentials' {@code requires}, found by {@link #cycles} and reported at its first credential's line. */
  private void cycles() {
    Map<String, List<String>> requires = new TreeMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Located<Credential> c : credentials.records()) {
      lines.putIfAbsent(c.value().id(), c.line());
      requires.put(c.value().id(), c.value().requires().map(r -> List.copyOf(new TreeSet<>(r.credentialIds()))).orElse(List.of()));
    }
    for (List<String> cycle : cycles.cycles(requires)) {
      problems.add(PrerequisiteCycleException.problem(cycle, lines.getOrDefault(cycle.get(0), 0)));
    }
  }
}
