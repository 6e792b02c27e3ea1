package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * One credential of a pathway under review, at {@code position} (1-based); never a retired one, which the first pass
 * leaves out ({@code ExcludeRetiredCredential}). {@code renewalEveryYears} is 0 when it
 * never needs renewal; {@code recommendedFirst} names the recommended credentials neither held nor earlier in the
 * pathway; {@code conditions} are its eligibility conditions in the issuer's terms (age, diploma, supervised practice);
 * {@code costKnown} is false when the provider publishes no price; {@code builtOn} names the held credentials and
 * earlier steps whose completion its prerequisites ask for; {@code neededBy} the later steps whose prerequisites it
 * meets (a credential they name, or a skill level they ask for that the learner did not hold); {@code jurisdiction}
 * the ISO 3166-2 code of the one state whose licence or approved course it is, empty when it counts anywhere;
 * {@code figuresOf}, for a step that stands for each state's own credential, the state whose hours and fees it shows
 * (its first state version's), else empty; {@code what} the first sentence of its description where curators or an issuer
 * wrote it (a credential that prepares for named jobs), else empty: what it is, in the words of whoever vouches for it;
 * {@code teaches} the names of what it teaches by title or syllabus that the target lists beside the skills most jobs
 * share (most important to the target first, at most four), or, when it shows none so, of the catalogue's tags that
 * the target lists ({@code teachesByTag}); {@code neededBy} names the later steps whose prerequisites name it,
 * {@code skillFor} says, for later steps that assume a skill level it teaches, which ("Bookkeeping Practicals assumes
 * Bookkeeping at level 2"); {@code placedLate} when the week-by-week schedule could not place it with its prerequisites
 * and sessions within twenty years and put it after everything else, {@code selfPaced} when every session it lists
 * starts before the plan does and it is scheduled as self-paced; {@code recommendedBy} the later steps whose issuer
 * recommends this one first and which the plan therefore takes after it (PenTest+ after Security+); {@code fieldWork}
 * the work in its own field that its full award still needs and may follow the exam, in the issuer's terms, when the
 * learner's current job is not in that field (then it is not among {@code conditions}; for a learner in the field it is);
 * {@code minEducation} the least schooling its conditions ask for (O*NET category, 0 when none).
 */
public record PathwayStep(String credential, String title, String provider, int position,
    int renewalEveryYears, double renewalCost, List<String> recommendedFirst, List<String> conditions, boolean costKnown,
    List<String> builtOn, List<String> neededBy, String jurisdiction, String figuresOf, String what, List<String> teaches,
    boolean teachesByTag, List<String> skillFor, boolean placedLate, boolean selfPaced, List<String> recommendedBy,
    List<String> fieldWork, int minEducation) {
  public PathwayStep {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
    recommendedFirst = List.copyOf(recommendedFirst);
    conditions = List.copyOf(conditions);
    builtOn = List.copyOf(builtOn);
    neededBy = List.copyOf(neededBy);
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(figuresOf, "figuresOf");
    Objects.requireNonNull(what, "what");
    teaches = List.copyOf(teaches);
    skillFor = List.copyOf(skillFor);
    recommendedBy = List.copyOf(recommendedBy);
    fieldWork = List.copyOf(fieldWork);
  }
}
