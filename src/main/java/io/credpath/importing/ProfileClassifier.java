package io.credpath.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * Marks each occupation's general requirements: what most jobs share and people grow by working, kept visible but
 * not the field's core. An O*NET element is core only when it is a knowledge area or a technical skill (basic,
 * social, problem-solving, systems and resource skills are always general) and the occupation rates it well above
 * other occupations: at least {@code zCommon} standard deviations above the mean for an element more than
 * {@code commonShare} of occupations rate at {@code ratedAtLeast} or more (English Language, Customer and Personal
 * Service), at least {@code zRare} for a rarer one (Medicine and Dentistry, Mechanical). A tool is general when O*NET
 * lists it as hot or in demand for more than {@code commonShare} of all occupations (Excel, Word, Outlook, PowerPoint, the Office suite, Access) and its kind is not core in
 * the occupation's SOC group all the same (a spreadsheet for office clerks, {@code coreIn}), or when it is of a
 * specialist's kind (a programming language, an operating system, an image editor) and the occupation is outside the
 * SOC groups that practise it ({@code taxonomy/curated/tool-scope.jsonl}: Python for an energy auditor). An ESCO essential
 * skill is core only when the curated vocabulary names it; task signals are core unless their skill is marked general.
 */
final class ProfileClassifier {
  /**
   * The classifier's thresholds ({@code general.*} in {@code taxonomy/curated/import-settings.jsonl}); {@code ratedAtLeast}
   * is the importance at which an occupation counts as rating an element (the one O*NET ratings are kept from).
   */
  record Thresholds(double zCommon, double zRare, double commonShare, double ratedAtLeast) {}

  private final Map<String, OccupationDraft> occupations;
  private final ElementRatings ratings;
  private final java.util.Set<String> canonical;
  private final java.util.Set<String> generalSkills;
  private final Map<String, java.util.Set<String>> toolScopes;
  private final Map<String, java.util.Set<String>> toolCores;
  private final Thresholds thresholds;

  /**
   * @param canonical the curated skills ({@code taxonomy/curated/skills.jsonl}): the only ESCO skills that can be core
   * @param generalSkills the curated skills marked general
   * @param toolScopes kinds of software (commodity skill ids) that are specialists' tools, each with the SOC prefixes
   *     (major or minor groups, broad or detailed occupations) whose occupations may have them as core
   *     ({@code taxonomy/curated/tool-scope.jsonl})
   * @param toolCores kinds of software most jobs share that are core all the same in the SOC groups named (a
   *     spreadsheet for office clerks), from the same file
   * @param thresholds how far above the mean an element must be rated to be core, and what counts as common
   */
  ProfileClassifier(Map<String, OccupationDraft> occupations, ElementRatings ratings, java.util.Set<String> canonical,
      java.util.Set<String> generalSkills, Map<String, java.util.Set<String>> toolScopes,
      Map<String, java.util.Set<String>> toolCores, Thresholds thresholds) {
    this.occupations = occupations;
    this.ratings = ratings;
    this.canonical = java.util.Set.copyOf(canonical);
    this.generalSkills = java.util.Set.copyOf(generalSkills);
    this.toolScopes = Map.copyOf(toolScopes);
    this.toolCores = Map.copyOf(toolCores);
    this.thresholds = thresholds;
  }

  /** Marks general requirements in place; returns how many were marked. */
  int classify() {
    Map<String, Integer> toolUse = new HashMap<>();
    for (OccupationDraft o : occupations.values()) {
      o.requirements.values().stream().filter(r -> r.origin().equals("onet-technology")).forEach(r -> toolUse.merge(r.skill(), 1, Integer::sum));
    }
    double commonTool = occupations.size() * thresholds.commonShare();
    int marked = 0;
    for (OccupationDraft o : occupations.values()) {
      for (Map.Entry<String, RequiredSkill> e : o.requirements.entrySet()) {
        RequiredSkill r = e.getValue();
        boolean general = switch (r.origin()) {
          case "onet-skills", "onet-knowledge", "onet-borrowed" -> !distinctive(r.skill(), o.code, r.importance());
          case "onet-technology" -> toolUse.getOrDefault(r.skill(), 0) > commonTool && !coreHere(r, o.code) || outOfScope(r, o.code);
          // ESCO's essential skills are fine-grained labels ("handle paperwork", "apply company policies"); only those
          // the curated vocabulary names (statistics, financial analysis) are a field's core.
          case "esco" -> !canonical.contains(r.skill()) || generalSkills.contains(r.skill());
          default -> generalSkills.contains(r.skill());
        };
        if (general) {
          e.setValue(r.asGeneral());
          marked++;
        }
      }
    }
    return marked;
  }

  /** Whether a tool is of a specialist's kind that no SOC group this occupation belongs to practises. */
  private boolean outOfScope(RequiredSkill r, String code) {
    if (r.group() == null) return false;
    java.util.Set<String> groups = toolScopes.get(r.group());
    return groups != null && groups.stream().noneMatch(code::startsWith);
  }

  /** Whether a tool most jobs share is of a kind this occupation's SOC group has as core all the same. */
  private boolean coreHere(RequiredSkill r, String code) {
    if (r.group() == null) return false;
    java.util.Set<String> groups = toolCores.get(r.group());
    return groups != null && groups.stream().anyMatch(code::startsWith);
  }

  private boolean distinctive(String skill, String code, double importance) {
    if (!ratings.isFieldSpecific(skill)) return false;
    double im = ratings.judged(skill, code).orElse(importance);
    double threshold = ratings.prevalence(skill, thresholds.ratedAtLeast()) > thresholds.commonShare() ? thresholds.zCommon()
        : thresholds.zRare();
    return ratings.zScore(skill, im) >= threshold;
  }
}
