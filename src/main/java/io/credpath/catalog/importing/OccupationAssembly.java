package io.credpath.catalog.importing;

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

  /** At most this many ESCO essential skills are added to one unrated occupation per ESCO link. */
  static final int ESCO_SKILLS_PER_LINK = 20;
  /** At most this many ESCO alternative labels become alternate titles per ESCO link (file size). */
  static final int ESCO_TITLES_PER_LINK = 12;

  private final Map<String, OccupationDraft> occupations;
  private final EscoImporter esco;
  private final SkillVocabulary vocabulary;
  private final Map<String, List<String>> escoByCode = new TreeMap<>();

  OccupationAssembly(Map<String, OccupationDraft> occupations, EscoImporter esco, SkillVocabulary vocabulary) {
    this.occupations = occupations;
    this.esco = esco;
    this.vocabulary = vocabulary;
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
      e.altLabels().stream().limit(ESCO_TITLES_PER_LINK).forEach(o::alternateTitle);
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
  int deriveRequirements(List<CuratedTables.Signal> signals, Map<String, String> donors, ElementRatings ratings) {
    RequirementDeriver deriver = new RequirementDeriver(occupations, signals, donors, ratings);
    Map<String, Map<String, RequirementDeriver.Weight>> found = new java.util.HashMap<>();
    Map<String, Double> peaks = new java.util.HashMap<>();
    for (OccupationDraft o : occupations.values()) {
      Map<String, RequirementDeriver.Weight> w = deriver.weights(o);
      found.put(o.code, w);
      w.forEach((skill, x) -> {
        if (x.weight() >= 2) peaks.merge(skill, x.share(), Math::max);
      });
    }
    int n = 0;
    for (OccupationDraft o : occupations.values()) {
      deriver.fromSignals(o, found.get(o.code), peaks);
      if (o.rated) continue;
      Set<String> escoSkills = new LinkedHashSet<>();
      for (String uri : escoByCode.getOrDefault(o.code, List.of())) {
        esco.essentialSkills(uri).stream().limit(ESCO_SKILLS_PER_LINK).forEach(escoSkills::add);
      }
      escoSkills.removeIf(id -> !vocabulary.contains(id));
      deriver.derive(o, new ArrayList<>(escoSkills));
      n++;
    }
    return n;
  }

  /** Related occupations: the other codes under the same six-digit SOC code. */
  void relateSiblings() {
    for (OccupationDraft o : occupations.values()) {
      String prefix = o.code.substring(0, 7);
      occupations.keySet().stream().filter(c -> c.startsWith(prefix) && !c.equals(o.code))
          .limit(10).forEach(o.related::add);
    }
  }
}
