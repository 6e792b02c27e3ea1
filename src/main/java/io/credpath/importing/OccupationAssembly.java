package io.credpath.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Joins O*NET occupations with ESCO: links, ESCO titles as alternate titles, derived requirements. */
final class OccupationAssembly {

  /**
   * At most {@code escoSkillsPerLink} ESCO essential skills added to an unrated occupation and
   * {@code escoTitlesPerLink} ESCO alternative labels made alternate titles, per ESCO link, and at most
   * {@code relatedMax} related occupations ({@code taxonomy/curated/import-settings.jsonl}).
   */
  record Limits(int escoSkillsPerLink, int escoTitlesPerLink, int relatedMax) {}

  private final Map<String, OccupationDraft> occupations;
  private final EscoImporter esco;
  private final SkillVocabulary vocabulary;
  private final Limits limits;
  private final Map<String, List<String>> escoByCode = new TreeMap<>();

  OccupationAssembly(Map<String, OccupationDraft> occupations, EscoImporter esco, SkillVocabulary vocabulary, Limits limits) {
    this.occupations = occupations;
    this.esco = esco;
    this.vocabulary = vocabulary;
    this.limits = limits;
  }

  /** Links ESCO occupations, adds their labels as alternate titles and selects ESCO skills. */
  void linkEsco(Path crosswalk, Map<String, String> overrides) {
    Map<String, String> links = esco.link(crosswalk, occupations, overrides);
    links.forEach((uri, code) -> {
      OccupationDraft o = occupations.get(code);
      EscoImporter.EscoOccupation e = esco.occupations().get(uri);
      if (o == null || e == null) {
        return;
      }
      o.escoUris.add(uri);
      o.alternateTitle(e.label());
      e.altLabels().stream().limit(limits.escoTitlesPerLink()).forEach(o::alternateTitle);
      escoByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(uri);
    });
    Set<String> unrated = new TreeSet<>();
    occupations.values().stream().filter(o -> !o.rated).forEach(o -> unrated.add(o.code));
    esco.addVocabulary(links, unrated);
  }

  /**
   * Adds the field skills the curated signals find to every occupation and derives the rest of the requirements of
   * each occupation without O*NET ratings; returns how many were unrated.
   */
  int deriveRequirements(List<CuratedTables.Signal> signals, Map<String, String> donors, ElementRatings ratings,
      RequirementDeriver.Policy policy) {
    RequirementDeriver deriver = new RequirementDeriver(occupations, signals, donors, ratings, policy);
    Map<String, Map<String, RequirementDeriver.Weight>> found = new java.util.HashMap<>();
    Map<String, Double> peaks = new java.util.HashMap<>();
    for (OccupationDraft o : occupations.values()) {
      Map<String, RequirementDeriver.Weight> w = deriver.weights(o);
      found.put(o.code, w);
      w.forEach((skill, x) -> {
        // a skill's peak is over the occupations where its weight could make it core
        if (x.weight() >= policy.signals().coreMinWeight()) peaks.merge(skill, x.share(), Math::max);
      });
    }
    int n = 0;
    for (OccupationDraft o : occupations.values()) {
      deriver.fromSignals(o, found.get(o.code), peaks);
      if (o.rated) continue;
      Set<String> escoSkills = new LinkedHashSet<>();
      for (String uri : escoByCode.getOrDefault(o.code, List.of())) {
        esco.essentialSkills(uri).stream().limit(limits.escoSkillsPerLink()).forEach(escoSkills::add);
      }
      escoSkills.removeIf(id -> !vocabulary.contains(id));
      deriver.derive(o, new ArrayList<>(escoSkills));
      n++;
    }
    return n;
  }

  /** Related occupations: the other codes under the same six-digit SOC code, at most {@code relatedMax}. */
  void relateSiblings() {
    for (OccupationDraft o : occupations.values()) {
      String prefix = o.code.substring(0, 7);
      occupations.keySet().stream().filter(c -> c.startsWith(prefix) && !c.equals(o.code))
          .limit(limits.relatedMax()).forEach(o.related::add);
    }
  }
}
