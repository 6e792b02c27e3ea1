package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillRequirement;
import io.credpath.catalog.TaughtSkill;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far a credential takes a learner on one gap item of one target: the level it is credited with. The rules of
 * evidence:
 *
 * <ul>
 *   <li>A credential of the field is one that prepares for the target occupation (its issuer or our curators say so,
 *       by curating it for the target or naming it as a step of the target's entry route),
 *       or at least half of whose skills shown by title or syllabus, and at least half of whose catalogue tags (if
 *       any), are in the target's profile (its field skills, tools and knowledge areas, general skills left out),
 *       one of them a field skill or a tool, unless it is curated as preparing for other occupations only. A sterile-processing certification that
 *       also covers inventory is not of a teaching assistant's field.
 *   <li>A field skill or a tool counts at the level the credential teaches it when the credential's title names it
 *       and it is of the field, or for a tool when all it shows by title or syllabus is the target's and the title names
 *       the tool first ("Getting Started with Google Sheets", not "Microsoft Azure Machine Learning" for an IT support
 *       specialist's Azure, nor "C Programming: Using Linux Tools" for the Linux a help desk uses) or after a method of
 *       the field it is the means of ("Data Analysis Using SQL" for a BI analyst), or for a
 *       field skill when it is also about the target's work ("Human Anatomy and Medical
 *       Terminology", not "Anatomy for Figure Drawing", which a catalogue files under graphic design); a skill of its syllabus or a catalogue tag counts only for a credential
 *       of the field (an IT administrator's certification covers Windows, but does not teach a medical secretary to
 *       use it; an MLOps course tagged "data analysis" does not make a data analyst).
 *   <li>An O*NET knowledge area or technical skill (Mechanical, Medicine and Dentistry) is closed only by a credential
 *       of the field: a general management course does not teach a solar installer its trade's management; and a
 *       curated credential counts for it only when it prepares for the target itself (a notary commission does not teach
 *       a paralegal the law, though both are legal work).
 *   <li>A credential item is closed by holding or earning one of its credentials.
 * </ul>
 * An item is closed at its required level (full credit) or partly at one level below (half credit).
 */
public final class ItemCredit {
  /** The credit a credential earns on an item. */
  enum Tier { NONE, HALF, FULL }

  private final String target;
  /** The credentials the target's entry route names as its own (see {@link #level}). */
  private final Set<String> routeCredentials = new HashSet<>();
  /**
   * The credentials the target's entry route names as its steps (its own, its first steps, what is required beside
   * them): our curators say they prepare for the target, whatever else they were curated for (an OSHA 30-hour card
   * curated for supervisors teaches a safety technician occupational safety too: held-out review #36 read a pathway of
   * OSHA 10 for that skill beside OSHA 30 for the route). What the route names as merely helpful stays with its jobs.
   */
  private final Set<String> routeNamed = new HashSet<>();
  /** A credential of the catalogue by id, when it has one. */
  private final java.util.function.Function<String, java.util.Optional<Credential>> find;
  /** The target's own field skills and tools (with their kinds), which make a credential "of the field". */
  private final Set<String> fieldSkills = new HashSet<>();
  /** The target's tools (O*NET technology) and their kinds. */
  private final Set<String> tools = new HashSet<>();
  /** Field skills, tools and knowledge areas: the target's whole non-general profile. */
  private final Set<String> profile = new HashSet<>();
  /** Skills the target shares with most jobs, left out of the share. */
  private final Set<String> general = new HashSet<>();
  private final java.util.Map<String, Boolean> ofField = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Boolean> titleOnly = new java.util.concurrent.ConcurrentHashMap<>();
  /** Task-derived requirements below this importance are side skills of the job, not part of its profile. */
  static final double SIDE_SKILL_BELOW = 3.0;

  /** Credit toward {@code target} where no credential's level is known: the route's credentials pass no first step. */
  public ItemCredit(Occupation target) {
    this(target, id -> java.util.Optional.empty());
  }

  /** Credit toward {@code target}, with the levels of the catalogue's credentials ({@code catalog}). */
  public ItemCredit(Occupation target, io.credpath.catalog.Catalog catalog) {
    this(target, catalog, false);
  }

  /**
   * Credit toward {@code target} for a learner whose route's first steps may be behind them ({@code firstStepsBehind}:
   * a welder of six years toward weld inspection); their first steps are then of the field only as any course is,
   * not by the route's word (held-out review #30: a machinist's first card beside the CWI).
   */
  public ItemCredit(Occupation target, io.credpath.catalog.Catalog catalog, boolean firstStepsBehind) {
    this(target, catalog::findCredential, firstStepsBehind);
  }

  private ItemCredit(Occupation target, java.util.function.Function<String, java.util.Optional<Credential>> find) {
    this(target, find, false);
  }

  private ItemCredit(Occupation target, java.util.function.Function<String, java.util.Optional<Credential>> find,
      boolean firstStepsBehind) {
    this.target = target.id();
    this.find = find;
    target.entryRoute().ifPresent(r -> {
      routeCredentials.addAll(r.credentials());
      routeNamed.addAll(r.named());
      if (firstStepsBehind) r.firstSteps().stream().filter(id -> !r.credentials().contains(id)).forEach(routeNamed::remove);
    });
    for (SkillRequirement r : target.requirements()) {
      if (r.general()) {
        general.add(r.skill());
        continue;
      }
      // A side skill (a task or two of thirty, below the need threshold) says nothing about what the field is.
      if (r.origin().equals("derived-tasks") && r.importance() < SIDE_SKILL_BELOW) continue;
      profile.add(r.skill());
      r.group().ifPresent(profile::add);
      if (r.origin().equals("onet-technology")) {
        tools.add(r.skill());
        r.group().ifPresent(tools::add);
      }
      boolean element = r.origin().startsWith("onet-") && !r.origin().equals("onet-technology");
      if (element) continue;
      fieldSkills.add(r.skill());
      r.group().ifPresent(fieldSkills::add);
    }
  }

  /** The target occupation's id. */
  String target() {
    return target;
  }

  /** Whether {@code c} is a credential of the target's field. */
  public boolean ofField(Credential c) {
    return ofField.computeIfAbsent(c.id(), k -> {
      if (c.preparesFor().contains(target) || routeNamed.contains(c.id())) return true;
      if (curatedElsewhere(c)) return false;
      Share share = share(c);
      return share.field() && 2 * share.on() >= share.strong() && share.tagsAgree();
    });
  }

  /**
   * Whether {@code c}'s title may credit a field skill although {@code c} is not of the field: a course all of whose
   * title and syllabus skills are the target's, and half of its tags ("Introduction to Technical Writing"), not one
   * that uses the skill for another subject ("Anatomy for Figure Drawing", filed under graphic design), nor one curated
   * for another field.
   */
  private boolean aboutTheTarget(Credential c) {
    return titleOnly.computeIfAbsent(c.id(), k -> {
      if (curatedElsewhere(c)) return false;
      Share share = share(c);
      return share.on() == share.strong() && share.tagsAgree();
    });
  }

  /**
   * Whether every skill {@code c}'s title or syllabus shows is the target's (catalogue tags aside) and it is not curated
   * for another field: "Introduction to Structured Query Language (SQL)" teaches a health informatics specialist SQL;
   * "Microsoft Azure Machine Learning" does not make an IT support specialist an Azure user, nor "Sketch 3 - iOS 8 Mobile
   * App Design" an iOS one.
   */
  private boolean onlyTheTargets(Credential c) {
    if (curatedElsewhere(c)) return false;
    Share share = share(c);
    return share.on() == share.strong();
  }

  /**
   * Whether {@code c} is an exam-based certification of one of {@code skills}, the tool its title names first (Autodesk's
   * AutoCAD certification, Microsoft's Excel exam): it certifies that tool for any job that uses it, whatever jobs it was
   * curated for. A course curated for another field still teaches that field's use of the tool, and stays with it.
   */
  private static boolean toolCertification(Credential c, List<String> skills) {
    return c.isCertification() && firstNamed(c, skills);
  }

  /**
   * Whether the first skill {@code c}'s title names is one of {@code skills}: the importer lists title skills in the
   * title's order, and a title names its subject first ("Scaling Docker on AWS" is about Docker, "Full-Stack Web
   * Development with React" about web development).
   */
  private static boolean firstNamed(Credential c, List<String> skills) {
    for (TaughtSkill s : c.skills()) {
      if (s.basis() == io.credpath.catalog.Basis.TITLE) return skills.contains(s.skill());
    }
    return false;
  }

  /**
   * Whether the first skill {@code c}'s title names is one of the target's field skills that is not a tool: then the
   * tools its title names after it are the means it teaches the method with ("Data Analysis Using SQL", "Full-Stack Web
   * Development with React"), unlike a title whose subject is another tool ("Scaling Docker on AWS").
   */
  private boolean namedForAMethod(Credential c) {
    for (TaughtSkill s : c.skills()) {
      if (s.basis() == io.credpath.catalog.Basis.TITLE) return fieldSkills.contains(s.skill()) && !tools.contains(s.skill());
    }
    return false;
  }

  /**
   * Whether a curator or issuer says {@code c} prepares for other jobs and not this one: then it is of those jobs'
   * fields, not this one's, however close (a phlebotomy certification for a veterinary assistant who draws blood, a
   * pharmacy technician's for an optician, a machine-learning engineer's for a BI analyst), unless it is a
   * cross-field credential.
   */
  private boolean curatedElsewhere(Credential c) {
    return !c.preparesFor().isEmpty() && !c.preparesFor().contains(target) && !routeNamed.contains(c.id()) && !crossField(c);
  }

  /** How many SOC major groups a credential must prepare for to be a cross-field credential. */
  static final int CROSS_FIELD_GROUPS = 3;

  /**
   * Whether {@code c} is a card of a few hours (at most {@link GapAnalysis#CARD_HOURS}) curated for jobs in at least
   * {@value #CROSS_FIELD_GROUPS} SOC major groups (a first aid and CPR card for grounds, construction and repair work; an
   * OSHA 10 card): then it belongs to no one field, and what it shows by title or syllabus decides, as for any uncurated
   * course (a flight attendant's CPR). A longer credential curated for several fields stays theirs: a 40-hour HAZWOPER
   * course teaches hazardous-waste site safety, not a school bus driver's.
   */
  private static boolean crossField(Credential c) {
    return c.hours() <= GapAnalysis.CARD_HOURS && c.preparesFor().stream().map(o -> o.substring(0, Math.min(2, o.length()))).distinct().count() >= CROSS_FIELD_GROUPS;
  }

  /**
   * How many of a credential's skills are the target's: shown by title or syllabus ({@code strong}, {@code on}) and
   * by catalogue tag ({@code tags}, {@code tagsOn}), general skills left out; {@code field} when a strong one is a field
   * skill or tool of the target.
   */
  private record Share(int strong, int on, int tags, int tagsOn, boolean field) {
    /** Whether at least half of its catalogue tags, if it has any, are the target's: a tag is how a catalogue files it. */
    boolean tagsAgree() {
      return tags == 0 || 2 * tagsOn >= tags;
    }
  }

  private Share share(Credential c) {
    int strong = 0;
    int on = 0;
    int tags = 0;
    int tagsOn = 0;
    boolean field = false;
    for (TaughtSkill s : c.skills()) {
      if (general.contains(s.skill())) continue;
      boolean mine = profile.contains(s.skill());
      if (s.basis().strong()) {
        strong++;
        if (mine) on++;
        field |= fieldSkills.contains(s.skill());
      } else {
        tags++;
        if (mine) tagsOn++;
      }
    }
    return new Share(strong, on, tags, tagsOn, field);
  }

  /**
   * Whether earning {@code c}, one of the route's own credentials, passes {@code step}, a first step that is not one of
   * them: it is of a higher level, covers the same ground ({@link CandidateProblem#alternatives}), or is one of the ways
   * into it that its prerequisites name (SHRM-CP for SHRM-SCP, which six years of HR work also open). See {@link #level}.
   */
  boolean passes(Credential c, Credential step) {
    // (a card of a few hours, an OSHA 10 or a CPR card, is other ground whatever the credential's level: a crane
    // operator's certification does not teach the site-safety card the route asks for first)
    return routeCredentials.contains(c.id()) && !routeCredentials.contains(step.id())
        && (step.level() < c.level() && step.hours() > GapAnalysis.CARD_HOURS || CandidateProblem.alternatives(step, c)
            || c.requires().map(r -> r.credentialIds().contains(step.id())).orElse(false));
  }

  /**
   * The level {@code c} is credited with on {@code item} (for a credential item: 5 when it is one of them, else 0). A
   * first step toward the route's credential is also passed by earning one of the route's credentials that is at a
   * higher level than one of those steps or covers the same ground ({@link CandidateProblem#alternatives}): a cloud
   * fundamentals exam adds nothing beside the associate certification it leads to, ISC2's entry certificate nothing
   * beside Security+, Cisco's support technician exam nothing beside A+. A step at the credential's level on other
   * ground stands beside it (Network+ beside Security+, an OSHA 10 card beside a forklift certificate) and stays.
   */
  int level(Credential c, PlanResult.GapItem item) {
    if (item.kind().equals(PlanResult.CREDENTIAL)) {
      if (item.oneOf().contains(c.id())) return 5;
      if (!item.skill().startsWith(PlanResult.FIRST_STEP)) return 0;
      for (String id : item.oneOf()) {
        if (find.apply(id).filter(step -> passes(c, step)).isPresent()) return 5;
      }
      return 0;
    }
    List<String> skills = item.oneOf().isEmpty() ? List.of(item.skill()) : alternatives(item);
    boolean area = item.kind().equals(PlanResult.AREA);
    boolean tool = item.kind().equals(PlanResult.TOOL);
    Boolean field = null;
    int best = 0;
    if (area && !c.preparesFor().isEmpty() && !c.preparesFor().contains(target)) return 0;
    for (TaughtSkill s : c.skills()) {
      if (s.level() <= best || !skills.contains(s.skill())) continue;
      if (area || s.basis() != io.credpath.catalog.Basis.TITLE) {
        if (field == null) field = ofField(c);
        if (!field) continue;
      } else if (!ofField(c) && !(tool ? toolCertification(c, skills) || onlyTheTargets(c) && (firstNamed(c, skills) || namedForAMethod(c))
          : aboutTheTarget(c))) {
        continue;
      }
      best = s.level();
    }
    return best;
  }

  /** The credit {@code c} earns on {@code item}. */
  Tier tier(Credential c, PlanResult.GapItem item) {
    int level = level(c, item);
    if (level >= item.requiredLevel()) return Tier.FULL;
    // Half credit is for bringing the learner to one level below; someone already there (a lifeguard's emergency care
    // at 2 of an EMT's 3) gains nothing from a second credential at that level.
    return item.requiredLevel() >= 2 && level == item.requiredLevel() - 1 && item.heldLevel() < level ? Tier.HALF : Tier.NONE;
  }

  /** The skills that close a tool item: each tool of the kind, and the kind itself. */
  private static List<String> alternatives(PlanResult.GapItem item) {
    List<String> out = new java.util.ArrayList<>(item.oneOf());
    out.add(item.skill());
    return out;
  }
}
