package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.EntryRoute;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a learner's skill gap for an occupation: its requirements (filtered by a {@link NeedPolicy}) minus what the
 * learner holds, where held skills are the profile's skills, every skill a held credential teaches, and what their
 * current occupation implies, each at the highest level known.
 *
 * <p>The gap has the kinds of {@link PlanResult.GapItem}: the field's own skills; O*NET knowledge areas and technical
 * skills; one tool of each kind the job uses (an O*NET commodity: "one of Tableau, Power BI"); one of the credentials
 * the field's employers ask for by name, when the catalogue knows them; and, shown but never planned, the general
 * skills most jobs share.
 */
public final class GapAnalysis {
  /** Requirement origins that are O*NET's rated skill and knowledge elements. */
  private static final Set<String> ELEMENT_ORIGINS = Set.of("onet-skills", "onet-knowledge", "onet-borrowed");
  /** A recognised credential is the most important thing a changer can show an employer. */
  static final double CREDENTIAL_IMPORTANCE = 5.0;
  /** Kinds of credential that can stand for a field's entry credential when no entry route names one. */
  private static final Set<io.credpath.catalog.CredentialType> ITEM_TYPES = Set.of(io.credpath.catalog.CredentialType.CERTIFICATION,
      io.credpath.catalog.CredentialType.LICENCE, io.credpath.catalog.CredentialType.CERTIFICATE,
      io.credpath.catalog.CredentialType.PROFESSIONAL_CERTIFICATE);
  private static final List<String> KIND_ORDER =
      List.of(PlanResult.CREDENTIAL, PlanResult.FIELD, PlanResult.TOOL, PlanResult.ROUTE, PlanResult.AREA, PlanResult.GENERAL);
  private final Catalog catalog;
  private final NeedPolicy policy;
  /** How many credentials teach each skill: lists the most widely taught tools of a kind first ("SQL" before "DB2"). */
  private final Map<String, Integer> teachers;
  /**
   * For each kind of tool, the other skills the taxonomy calls by the kind's name ("operating system software" is also
   * what the knowledge area Operating Systems is called; "spreadsheet software", Microsoft Excel): a credential that
   * teaches one of them teaches the kind, as CompTIA A+ teaches the operating systems a help desk supports.
   */
  private final Map<String, List<String>> sameNamed;

  public GapAnalysis(Catalog catalog, NeedPolicy policy) {
    this.catalog = catalog;
    this.policy = policy;
    Map<String, Integer> count = new HashMap<>();
    for (Credential c : catalog.credentials()) c.skills().forEach(s -> count.merge(s.skill(), 1, Integer::sum));
    this.teachers = Map.copyOf(count);
    Map<String, List<String>> byName = new HashMap<>();
    for (Skill s : catalog.skills()) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(TargetResolver.key(s.name()));
      s.aliases().forEach(a -> keys.add(TargetResolver.key(a)));
      keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(s.id()));
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (Skill s : catalog.skills()) s.parent().ifPresent(kinds::add);
    Map<String, List<String>> same = new HashMap<>();
    for (String kind : kinds) {
      catalog.findSkill(kind).ifPresent(k -> {
        List<String> others = byName.getOrDefault(TargetResolver.key(k.name()), List.of()).stream().filter(id -> !id.equals(kind))
            .sorted().toList();
        if (!others.isEmpty()) same.put(kind, others);
      });
    }
    this.sameNamed = Map.copyOf(same);
  }

  /**
   * What the profile holds; unknown credential, skill or occupation ids raise {@link io.credpath.catalog.UnknownIdException}.
   * Someone working in their current occupation holds its skills, knowledge areas and field skills at the required
   * level, the general tools it lists (an office suite), and of its other tools one of each kind, not every example:
   * a network administrator works with a cloud platform, not with AWS, Azure and Oracle Cloud at once. A kind held is
   * recorded as its commodity skill id; the tools the job lists as examples of a kind are background (enough for a
   * course that assumes them), not holdings.
   */
  public Holdings holdings(LearnerProfile profile) {
    Map<String, Integer> levels = new HashMap<>();
    Map<String, Integer> background = new HashMap<>();
    if (profile.currentOccupation().isPresent()) {
      for (SkillRequirement r : catalog.occupation(profile.currentOccupation().get()).requirements()) {
        if (!isTool(r)) {
          levels.merge(r.skill(), r.level(), Math::max);
        } else if (r.general()) {
          levels.merge(r.skill(), r.level(), Math::max);
        } else if (r.group().isPresent()) {
          if (r.inDemand()) levels.merge(r.group().get(), r.level(), Math::max);
          background.merge(r.skill(), r.level(), Math::max);
        }
      }
    }
    for (SkillLevel s : profile.heldSkills()) {
      catalog.skill(s.skill());
      levels.merge(s.skill(), s.level(), Math::max);
    }
    List<Credential> held = new ArrayList<>();
    for (String id : new LinkedHashSet<>(profile.heldCredentials())) held.add(catalog.credential(id));
    return new Holdings(Set.of(), levels, profile.experienceYears(), background).plus(held);
  }

  /**
   * Whether {@code occupation}'s entry route is gated for this learner (a degree or licence programme no short credential
   * stands in for), given the job zone of their current job and the schooling they stated.
   */
  public boolean gatedFor(Occupation occupation, LearnerProfile profile) {
    java.util.OptionalInt zone = profile.currentOccupation().flatMap(catalog::findOccupation).map(Occupation::jobZone)
        .orElse(java.util.OptionalInt.empty());
    return occupation.gatedFor(zone, profile.education());
  }

  /**
   * Whether the learner's years in their current job put {@code occupation}'s first steps behind them
   * ({@link EntryRoute#firstStepsPastFrom}): they work in the field already (a bartender of five years toward food
   * service manager).
   */
  public boolean pastFirstStepsOf(Occupation occupation, LearnerProfile profile) {
    return occupation.entryRoute().map(r -> !r.firstStepsPastFrom(currentRoute(profile), profile.experienceYears()).isEmpty())
        .orElse(false);
  }

  /** The gap for {@code occupation}: planned items first (ranked and capped), then the general items shown beside them. */
  public Gap analyse(Occupation occupation, LearnerProfile profile) {
    Holdings holdings = holdings(profile);
    List<PlanResult.GapItem> items = new ArrayList<>();
    Map<String, List<SkillRequirement>> groups = new LinkedHashMap<>();
    // Entered through a degree, an apprenticeship or a long licence programme, the field's skills come with that route;
    // a pathway works toward it (its first steps) and the tools a short course does teach.
    boolean gated = gatedFor(occupation, profile);
    Set<String> programmeTaught = taughtByRouteProgramme(occupation);
    boolean routeHeld = occupation.entryRoute().map(r -> routeHeld(r, profile.heldCredentials())).orElse(false);
    boolean onTheJob = occupation.entryRoute().map(r -> r.route().equals("on-the-job")).orElse(false);
    // Where employers hire on a licence or a certification (a state pesticide licence), that is what is bought; a field
    // skill someone already does at a working level, one level short, grows in the job, as on the job (held-out review
    // #45: a USD 300 lawn-care badge bought before a farmworker's USD 50 pesticide licence for one level of landscape
    // maintenance).
    boolean hiredOnCredential = !gated && occupation.entryRoute()
        .map(r -> List.of("licence", "certification").contains(r.route())).orElse(false);
    for (SkillRequirement r : strongest(occupation)) {
      if (!counts(r)) continue;
      if (isTool(r) && !r.general() && r.group().isPresent()) {
        groups.computeIfAbsent(r.group().get(), k -> new ArrayList<>()).add(r);
        continue;
      }
      // A skill of the field the current job uses as a tool of its own (a shipping and inventory clerk's inventory
      // management software, for a planning clerk's inventory management) is held at the level the job uses it: the
      // tool stands for the work, not for one product of a kind (held-out reviews #36 and #37: "Inventory Management,
      // held 0" for three years of inventory work).
      int held = Math.max(held(holdings, r.skill()), holdings.background().getOrDefault(r.skill(), 0));
      if (held >= r.level()) continue;
      boolean area = ELEMENT_ORIGINS.contains(r.origin()) && !r.general();
      // (what the route teaches, someone who holds its credential grows in the specialty on the job: an RN's critical care)
      String kind = r.general() ? PlanResult.GENERAL : area ? PlanResult.AREA
          : gated || programmeTaught.contains(r.skill()) ? (routeHeld ? PlanResult.GENERAL : PlanResult.ROUTE) : PlanResult.FIELD;
      if (area && r.level() - held < policy.minAreaShortfall()) kind = PlanResult.GENERAL;
      // Where employers train newcomers on the job, someone who already does the work at a working level (a fast-food
      // worker's cooking for a short-order line) grows the one level left there, not in a course.
      if (kind.equals(PlanResult.FIELD) && (onTheJob || hiredOnCredential) && held >= WORKING_LEVEL && r.level() - held < policy.minAreaShortfall()) {
        kind = PlanResult.GENERAL;
      }
      items.add(new PlanResult.GapItem(r.skill(), name(r.skill()), r.level(), held, r.importance(), r.essential(), true, kind,
          List.of(), r.level()));
    }
    groups.forEach((group, members) -> toolItem(group, members, holdings, onTheJob).ifPresent(items::add));
    // Someone working a year or more in a job the route's first steps lead to (a carpenter's helper) is past them: the
    // next step is the route itself, which the rules tell them to apply for.
    boolean pastFirstSteps = occupation.entryRoute().map(r -> r.firstStepsBehind(currentRoute(profile), profile.experienceYears()))
        .orElse(false);
    // (nor are they for someone who holds the route's own credential, an aircraft mechanic's school behind an A&P, or
    // whose years open what builds on them: a welder of six years toward weld inspection, not a machinist's first card;
    // where the route's item is its first steps, that item is behind them too)
    java.util.Optional<PlanResult.GapItem> next = nextStepItem(occupation, profile);
    boolean stepsItem = occupation.entryRoute().map(r -> aimsAtSteps(r, gated)).orElse(false);
    if (!pastFirstSteps && !(stepsItem && next.isPresent())) credentialItem(occupation, profile, gated).ifPresent(items::add);
    items.addAll(alsoRequiredItems(occupation, profile));
    next.ifPresent(items::add);
    if (!pastFirstSteps && !routeHeld && next.isEmpty()) firstStepItem(occupation, profile, gated).ifPresent(items::add);
    Set<String> backing = backing(occupation);
    java.util.function.Predicate<PlanResult.GapItem> backed = g -> backing.contains(g.skill()) || g.oneOf().stream().anyMatch(backing::contains);
    items.sort(Comparator.comparing((PlanResult.GapItem g) -> !g.essential())
        .thenComparingInt(g -> KIND_ORDER.indexOf(g.kind()))
        .thenComparing(g -> g.kind().equals(PlanResult.TOOL) && !backed.test(g))
        .thenComparing(Comparator.comparingDouble(PlanResult.GapItem::importance).reversed())
        .thenComparing(g -> -g.oneOf().size())
        .thenComparing(PlanResult.GapItem::skill));
    List<PlanResult.GapItem> planned = new ArrayList<>();
    List<PlanResult.GapItem> general = new ArrayList<>();
    int tools = 0;
    int unbacked = 0;
    int shownGeneral = 0;
    int shownAreas = 0;
    for (PlanResult.GapItem g : items) {
      if (!g.planned()) {
        boolean area = g.kind().equals(PlanResult.AREA);
        if (g.kind().equals(PlanResult.ROUTE) || (area ? shownAreas++ < policy.maxGeneralItems()
            : shownGeneral++ < policy.maxGeneralItems())) general.add(g);
        continue;
      }
      if (planned.size() == policy.maxItems()) continue;
      if (g.kind().equals(PlanResult.TOOL)) {
        if (tools >= policy.maxToolGroups() || (!backing.isEmpty() && !backed.test(g) && unbacked++ >= policy.maxUnbackedToolGroups())) {
          // Shown, not bought: the job uses it, and people learn it there (Dentrix at a dental office).
          if (shownGeneral++ < policy.maxGeneralItems()) {
            general.add(new PlanResult.GapItem(g.skill(), g.name(), g.requiredLevel(), g.heldLevel(), g.importance(), g.essential(),
                g.coverable(), PlanResult.GENERAL, g.oneOf(), g.bestLevel()));
          }
          continue;
        }
        tools++;
        g = narrowedToBacked(g, backing);
      }
      planned.add(g);
    }
    return new Gap(occupation, planned, general, holdings, pastFirstSteps);
  }

  /**
   * The field skills the route's own programme teaches by title or syllabus (an EMT course's emergency care and anatomy,
   * a medical-assisting programme's terminology): the programme teaches them, so a pathway does not buy them course by
   * course before it (a terminology course ahead of the MA programme), and the programme is planned where it fits. A
   * programme is a certificate, degree or apprenticeship of at least {@value EntryRoute#PROGRAMME_HOURS} hours among the
   * route's credentials and first steps; on a route that is not {@link EntryRoute#throughProgramme() through a
   * programme}, only one the route's credentials ask for. A route credential earned only in an employer's own training
   * after hire (an "employer" condition: the airline's flight-attendant certificate) teaches its skills there too.
   */
  private Set<String> taughtByRouteProgramme(Occupation occupation) {
    EntryRoute route = occupation.entryRoute().orElse(null);
    if (route == null) return Set.of();
    Set<String> askedFor = Set.copyOf(askedForFirst(route));
    Set<String> out = new java.util.HashSet<>();
    List<String> ids = new ArrayList<>(route.credentials());
    ids.addAll(route.firstSteps());
    for (String id : ids) {
      Credential c = catalog.findCredential(id).orElse(null);
      // What an employer's own training teaches (a credential conferred only after hire: the airline's flight-attendant
      // certificate) is learned there too, not bought course by course before applying.
      boolean employerTraining = c != null && route.credentials().contains(id)
          && c.conditions().stream().anyMatch(k -> k.kind().equals(io.credpath.catalog.Condition.EMPLOYER));
      if (c == null || !(employerTraining || programme(c) && (route.throughProgramme() || askedFor.contains(id)))) continue;
      c.skills().stream().filter(t -> t.basis().strong()).forEach(t -> out.add(t.skill()));
    }
    return out;
  }

  private static boolean programme(Credential c) {
    return (c.type() == io.credpath.catalog.CredentialType.CERTIFICATE || c.type() == io.credpath.catalog.CredentialType.DEGREE
        || c.type() == io.credpath.catalog.CredentialType.APPRENTICESHIP) && c.hours() >= EntryRoute.PROGRAMME_HOURS;
  }

  /**
   * The skills the credentials preparing for {@code occupation} teach by title or syllabus (not by a catalogue tag):
   * what its own entry credentials say the job's tools are.
   */
  private Set<String> backing(Occupation occupation) {
    Set<String> out = new java.util.HashSet<>();
    for (String id : occupation.credentials()) {
      catalog.findCredential(id).ifPresent(c -> c.skills().stream().filter(s -> s.basis() != io.credpath.catalog.Basis.TAG)
          .forEach(s -> out.add(s.skill())));
    }
    return out;
  }

  /** One requirement per skill: the highest level, then the most important. */
  private static List<SkillRequirement> strongest(Occupation occupation) {
    Map<String, SkillRequirement> best = new LinkedHashMap<>();
    for (SkillRequirement r : occupation.requirements()) {
      best.merge(r.skill(), r, (a, b) -> b.level() > a.level() || (b.level() == a.level() && b.importance() > a.importance()) ? b : a);
    }
    return new ArrayList<>(best.values());
  }

  /**
   * The "one of" item for a kind of tool: held when the learner holds the kind or any of its tools at level; its
   * importance and level are its members' highest, and its members are listed most important first.
   */
  private java.util.Optional<PlanResult.GapItem> toolItem(String group, List<SkillRequirement> members, Holdings holdings,
      boolean onTheJob) {
    members.sort(Comparator.comparingDouble(SkillRequirement::importance).reversed()
        .thenComparing(Comparator.comparingInt((SkillRequirement m) -> teachers.getOrDefault(m.skill(), 0)).reversed())
        .thenComparing(SkillRequirement::skill));
    int level = members.stream().mapToInt(SkillRequirement::level).max().orElse(1);
    double importance = members.stream().mapToDouble(SkillRequirement::importance).max().orElse(1);
    boolean essential = members.stream().anyMatch(SkillRequirement::essential);
    List<String> same = sameNamed.getOrDefault(group, List.of());
    int held = held(holdings, group);
    for (SkillRequirement m : members) held = Math.max(held, held(holdings, m.skill()));
    for (String s : same) held = Math.max(held, held(holdings, s));
    if (held >= level) return java.util.Optional.empty();
    List<String> oneOf = java.util.stream.Stream.concat(members.stream().map(SkillRequirement::skill), same.stream())
        .distinct().toList();
    // Where employers train newcomers, a tool the learner's current job has them use (it lists one of the kind's
    // examples) at a working level, one level short of what the target asks, grows by working with it, as a field skill
    // does there: a customer service representative's Word for a file clerk's job is not bought in a course (a scan of
    // 538 targets from customer service sent 18 office moves to a Word course).
    // (or one they hold at that level: a host's Excel, which restaurants have them use, toward a reservation agent's job
    // whose employers train on their own booking systems; held-out review #41 struck an Excel certification there)
    int worked = held;
    for (SkillRequirement m : members) worked = Math.max(worked, holdings.background().getOrDefault(m.skill(), 0));
    boolean grown = onTheJob && worked >= WORKING_LEVEL && level - Math.max(held, worked) < policy.minAreaShortfall();
    return java.util.Optional.of(new PlanResult.GapItem(group, toolLabel(group, oneOf), level, Math.max(held, grown ? worked : 0),
        importance, essential, true, grown ? PlanResult.GENERAL : PlanResult.TOOL, oneOf, level));
  }

  private String toolLabel(String group, List<String> oneOf) {
    String names = String.join(", ", oneOf.stream().limit(4).map(this::name).toList()) + (oneOf.size() > 4 ? ", ..." : "");
    return oneOf.size() == 1 ? name(oneOf.get(0)) : "One of " + names + " (" + name(group).toLowerCase(java.util.Locale.ROOT) + ")";
  }

  /**
   * A kind of tool the field's credentials teach only some of is planned as those: a systems administrator's "data base
   * user interface and query software" (SQL, AWS, ServiceNow) is backed by the AWS certifications that prepare for the
   * job, so a pathway closes it with AWS, not with an SQL course made for statisticians. A kind no credential backs, or
   * backed as a whole, stays as it is.
   */
  private PlanResult.GapItem narrowedToBacked(PlanResult.GapItem g, Set<String> backing) {
    if (backing.contains(g.skill())) return g;
    List<String> backed = g.oneOf().stream().filter(backing::contains).toList();
    if (backed.isEmpty() || backed.size() == g.oneOf().size()) return g;
    return new PlanResult.GapItem(g.skill(), toolLabel(g.skill(), backed), g.requiredLevel(), g.heldLevel(), g.importance(),
        g.essential(), g.coverable(), g.kind(), backed, g.bestLevel());
  }

  /**
   * The item "one of the credentials this field's employers ask for", unless the learner holds one already: the ones
   * its entry route names and a pathway can reach (the route's own when it is short, else the first steps toward it),
   * or, without a route, the certifications, licences and certificates that prepare for it. Cards and short courses that
   * merely help (a CPR card for a nursing assistant) stay recognised but do not make the item.
   */
  private java.util.Optional<EntryRoute> currentRoute(LearnerProfile profile) {
    return profile.currentOccupation().flatMap(catalog::findOccupation).flatMap(Occupation::entryRoute);
  }

  private java.util.Optional<PlanResult.GapItem> credentialItem(Occupation occupation, LearnerProfile profile, boolean gated) {
    // What employers arrange in hiring or after it (a state's animal control course, a 911 centre's certification) is not
    // a need the learner buys first: when the route names nothing else, the answer says to apply (the rules' note).
    List<String> named = occupation.entryRoute().map(r -> {
      List<String> reachable = degreePassed(r, gated) ? r.credentials() : r.reachable();
      List<String> own = reachable.stream().filter(id -> !arrangedInHiring(r, id)).toList();
      return own.isEmpty() && !reachable.isEmpty() ? own : reachable;
    }).orElseGet(() -> occupation.credentials().stream()
        .filter(id -> catalog.findCredential(id).map(c -> ITEM_TYPES.contains(c.type())).orElse(false)).toList());
    // A gated route's (or a route without credentials') item is its first steps: employers ask for the licence or degree
    // beyond them, so the item does not say they ask for these (Praxis Core for a would-be teacher).
    boolean steps = occupation.entryRoute().map(r -> aimsAtSteps(r, gated)).orElse(false);
    return credentialItem(occupation, profile, named, PlanResult.FIELD_CREDENTIAL,
        steps ? "A first step on the usual route in" : "A credential employers in this field ask for", CREDENTIAL_IMPORTANCE, true);
  }

  /**
   * One item per credential a short route's employers require beside its own ({@code alsoRequired}: a childcare
   * worker's state pre-service training beside the CPR card), closed by it or by one of its state versions, and one per
   * group of which they require any one ({@code alsoRequiredOneOf}: the pediatric CPR card of either issuer); each is as
   * important as the route's credential item. A long route's are items only for someone who holds its credential
   * already: a registered nurse moving to intensive care still needs the ACLS card its employers require.
   */
  private List<PlanResult.GapItem> alsoRequiredItems(Occupation occupation, LearnerProfile profile) {
    List<PlanResult.GapItem> out = new ArrayList<>();
    EntryRoute r = occupation.entryRoute().orElse(null);
    if (r == null || r.gated() && r.credentials().stream().noneMatch(profile.heldCredentials()::contains)) return out;
    List<List<String>> required = r.requiredGroups();
    for (int i = 0; i < required.size(); i++) {
      // A group that is the route's own credentials (a childcare worker's pediatric CPR card of either issuer) is the
      // field's credential item already; listing it says that whoever works in the job holds one.
      if (!r.credentials().isEmpty() && r.credentials().containsAll(required.get(i))) continue;
      // (nor one employers arrange in hiring: a school district's DOT physical for its new bus drivers)
      if (required.get(i).stream().allMatch(id -> arrangedInHiring(r, id))) continue;
      List<String> group = catalog.withStateVersions(required.get(i));
      credentialItem(occupation, profile, group, PlanResult.ALSO_REQUIRED + i + ":", "Also required by employers",
          CREDENTIAL_IMPORTANCE, true).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The item "the next credential in this field" for someone past the way in ({@link #nextSteps}: a registered nurse
   * moving to an emergency department, an aircraft mechanic with the A&P moving to inspection, a welder of six years
   * moving to weld inspection). It weighs as a first step does, below the credentials employers require.
   */
  private java.util.Optional<PlanResult.GapItem> nextStepItem(Occupation occupation, LearnerProfile profile) {
    EntryRoute r = occupation.entryRoute().orElse(null);
    if (r == null) return java.util.Optional.empty();
    List<String> next = nextSteps(catalog, r, profile);
    if (next.isEmpty()) return java.util.Optional.empty();
    return credentialItem(occupation, profile, next, PlanResult.NEXT_STEP, "The next credential in this field", FIRST_STEP_IMPORTANCE,
        false);
  }

  /** Whether {@code held} includes one of the route's own credentials: the way in is behind the learner. */
  public static boolean routeHeld(EntryRoute r, java.util.Collection<String> held) {
    return r.credentials().stream().anyMatch(held::contains);
  }

  /**
   * The credentials the route names as valued by some employers ({@code alsoHelps}) that are the next step for this
   * learner, not extras for newcomers: for someone who holds the route's own credential, those that build on it (their
   * issuer asks for, or recommends, one of the route's credentials or years of work first: the CEN after the RN licence,
   * the inspection authorization after the A&P); and for anyone, those whose issuer counts the learner's current job as
   * the experience it asks for and whose years they have (a welder of six years toward AWS's CWI, which asks for five
   * of welding-related work). The others (a nursing assistant exam on the RN route, for students) stay extras.
   */
  public static List<String> nextSteps(Catalog catalog, EntryRoute r, LearnerProfile profile) {
    boolean routeHeld = routeHeld(r, profile.heldCredentials());
    Requirement.Fold<Boolean> buildsOn = new Requirement.Fold<>() {
      @Override public Boolean credential(Requirement.HasCredential leaf) { return r.credentials().contains(leaf.credential()); }
      @Override public Boolean skill(Requirement.HasSkill leaf) { return false; }
      @Override public Boolean experience(Requirement.HasExperience leaf) { return leaf.years() > 0; }
      @Override public Boolean atLeast(int k, List<Boolean> parts) { return parts.contains(true); }
    };
    Set<String> held = Set.copyOf(profile.heldCredentials());
    // The fewest years of work that meet a requirement with what the learner holds (none met: infinite).
    Requirement.Fold<Double> yearsNeeded = new Requirement.Fold<>() {
      @Override public Double credential(Requirement.HasCredential leaf) {
        return held.contains(leaf.credential()) ? 0 : Double.POSITIVE_INFINITY;
      }
      @Override public Double skill(Requirement.HasSkill leaf) { return Double.POSITIVE_INFINITY; }
      @Override public Double experience(Requirement.HasExperience leaf) { return leaf.years(); }
      @Override public Double atLeast(int k, List<Double> parts) { return parts.stream().sorted().toList().get(k - 1); }
      @Override public Double allOf(List<Double> parts) { return parts.stream().max(Double::compare).orElse(0.0); }
    };
    String current = profile.currentOccupation().orElse("");
    return r.alsoHelps().stream().flatMap(id -> catalog.findCredential(id).stream())
        .filter(c -> !c.retired() && !held.contains(c.id()))
        .filter(c -> {
          boolean builds = c.requires().map(q -> q.fold(buildsOn)).orElse(false) || c.recommends().map(q -> q.fold(buildsOn)).orElse(false);
          if (routeHeld && builds) return true;
          // (by the issuer's own word: the job is among those it prepares for or whose years it counts, not merely of
          // the same SOC group)
          boolean counted = c.experienceIn().contains(current) || c.preparesFor().contains(current);
          return counted && c.requires().map(q -> q.fold(buildsOn) && q.fold(yearsNeeded) <= profile.experienceYears()).orElse(false);
        })
        .map(Credential::id).toList();
  }

  /**
   * The item "one of the first steps toward this field's credential" when the entry route is short and names first
   * steps beside its credentials: the training programme a certification exam assumes, the safety card a site asks for
   * on day one. A pathway that can afford one takes it; it weighs less than the credential itself. When the route's
   * first steps are what a pathway aims at (an on-the-job or gated route), the cards that do not stand for its
   * programme or exam are this item: a cook's food handler card beside the ACF certification, a nursing student's
   * CPR card beside the nurse aide programme.
   */
  private java.util.Optional<PlanResult.GapItem> firstStepItem(Occupation occupation, LearnerProfile profile, boolean gated) {
    return occupation.entryRoute().flatMap(r -> {
      boolean aimsAtSteps = aimsAtSteps(r, gated);
      List<String> askedFor = aimsAtSteps ? List.of() : askedForFirst(r);
      List<String> steps = aimsAtSteps ? cardsBesideSubstantialSteps(occupation, r.firstSteps())
          : java.util.stream.Stream.concat(r.firstSteps().stream(), askedFor.stream())
              .filter(id -> !r.credentials().contains(id)).distinct().toList();
      // (the first steps of the job the learner holds, with its credential, are behind them, as the rules'
      // ExcludeTheFirstStepsOfTheJobYouHold says: not a need left open beside that note, as held-out review #38 read for a
      // mechanic moving to collision repair)
      java.util.Optional<EntryRoute> current = currentRoute(profile);
      List<String> behind = new ArrayList<>(current.filter(c -> routeHeld(c, profile.heldCredentials())).map(EntryRoute::firstSteps)
          .orElse(List.of()));
      // (nor are the first steps toward a credential the learner's own job asks for too, as ExcludeFirstStepsTowardWhat
      // YourJobAsksFor says: held-out review #40 read a food handler card offered to a food service supervisor of six years)
      behind.addAll(r.firstStepsPastFrom(current, profile.experienceYears()));
      // (nor is what employers arrange in hiring: a district's school-bus theory training, held-out review #44)
      steps = steps.stream().filter(id -> !behind.contains(id) && !arrangedInHiring(r, id)).toList();
      if (steps.isEmpty()) return java.util.Optional.empty();
      return credentialItem(occupation, profile, steps, PlanResult.FIRST_STEP, "A first step toward it", FIRST_STEP_IMPORTANCE, false,
          Set.copyOf(askedFor), Set.copyOf(r.firstSteps()));
    });
  }

  /**
   * Whether a pathway aims at the route's first steps rather than its credentials: on a gated route (the licence or
   * degree beyond them is what employers ask for) or one without credentials. A degree route whose degree the learner
   * holds ({@code gated} false: a brokerage clerk with a bachelor's moving to financial advisor) is open like a short
   * one: its credentials (Series 65) are the item, its first steps (the SIE exam) the step toward them.
   */
  private static boolean aimsAtSteps(EntryRoute r, boolean gated) {
    return (r.gated() && !degreePassed(r, gated)) || r.credentials().isEmpty();
  }

  /** Whether {@code r} is a degree route the learner is past the degree gate of. */
  private static boolean degreePassed(EntryRoute r, boolean gated) {
    return r.route().equals("degree") && !gated && !r.credentials().isEmpty();
  }

  /**
   * The credentials a short route's own credentials ask for first, on any of their ways in (SHRM-CP before SHRM-SCP):
   * a step toward what employers ask for even where the two together do not fit, so a pathway can start there.
   */
  private List<String> askedForFirst(EntryRoute r) {
    List<String> out = new ArrayList<>();
    // (what employers arrange in hiring, they arrange with what it asks for first: a district's Class B training)
    for (String id : r.credentials()) {
      if (arrangedInHiring(r, id)) continue;
      catalog.findCredential(id).flatMap(Credential::requires).ifPresent(q -> out.addAll(q.credentialIds()));
    }
    return out.stream().distinct().toList();
  }

  /** The cards among {@code named} that the credential item leaves out because a programme or exam stands beside them. */
  private List<String> cardsBesideSubstantialSteps(Occupation occupation, List<String> named) {
    List<String> recognised = recognisedFor(occupation, named);
    if (!substantial(recognised)) return List.of();
    return recognised.stream().filter(id -> catalog.credential(id).hours() < CARD_HOURS).toList();
  }

  /**
   * The credentials of {@code named} that prepare for {@code occupation}: those its own entry route names (our curators
   * reviewed each route's steps as asked of newcomers, and moved what only helps to {@code alsoHelps}: an expediting
   * clerk's MSSC logistics certificate, an office clerk's Excel certification, a paramedic's EMT), those curated for it
   * or for no job in particular, and cards of a few hours curated for jobs of its SOC major group. Outside its route, a
   * credential curated for other jobs helps them, not this field.
   */
  private List<String> recognisedFor(Occupation occupation, List<String> named) {
    String family = occupation.id().substring(0, 2);
    Set<String> routeNamed = occupation.entryRoute().map(EntryRoute::named).orElse(Set.of());
    return named.stream().filter(id -> catalog.findCredential(id)
        .filter(c -> routeNamed.contains(id) || c.preparesFor().isEmpty() || c.preparesFor().contains(occupation.id())
            || c.hours() <= CARD_HOURS && c.preparesFor().stream().anyMatch(o -> o.startsWith(family))).isPresent()).distinct().toList();
  }

  /** Whether one of {@code ids} is a programme or an exam of {@value #SUBSTANTIAL_HOURS} hours or more. */
  private boolean substantial(List<String> ids) {
    return ids.stream().anyMatch(id -> catalog.credential(id).hours() >= SUBSTANTIAL_HOURS);
  }

  /** Hours from which a route step is a programme or a real exam, not a card. */
  static final double SUBSTANTIAL_HOURS = 40;
  /** Hours under which a route step is a card (CPR, first aid) that does not stand for a substantial step. */
  static final double CARD_HOURS = 10;

  /** The level of a skill someone uses at work every day (O*NET's 2: basic working knowledge). */
  static final int WORKING_LEVEL = 2;

  /** How much a first step toward the field's credential weighs. */
  static final double FIRST_STEP_IMPORTANCE = 4.0;

  private java.util.Optional<PlanResult.GapItem> credentialItem(Occupation occupation, LearnerProfile profile, List<String> named,
      String prefix, String what, double importance, boolean essential) {
    return credentialItem(occupation, profile, named, prefix, what, importance, essential, Set.of(), Set.of());
  }

  /**
   * As above, {@code askedFor} (what the route's own credentials ask for first) counting as the field's whoever curated
   * it for; of them, only those among the route's own {@code steps} decide whether the route has a substantial step.
   */
  private java.util.Optional<PlanResult.GapItem> credentialItem(Occupation occupation, LearnerProfile profile, List<String> named,
      String prefix, String what, double importance, boolean essential, Set<String> askedFor, Set<String> steps) {
    Set<String> curated = Set.copyOf(recognisedFor(occupation, named));
    List<String> recognised = named.stream().filter(id -> askedFor.contains(id) || curated.contains(id)).distinct().toList();
    // A card of a few hours (a CPR card) does not stand for a route whose other steps are a programme or an exam of
    // forty hours or more: it stays a recognised extra (the first-step item), but buying it does not close this one.
    // (what the route's credentials ask for first is no such step of the route: a transit route's DOT medical card stays
    // a first step beside the learner's permit the endorsement asks for)
    if (substantial(recognised.stream().filter(id -> !askedFor.contains(id) || steps.contains(id)).toList())) {
      recognised = recognised.stream().filter(id -> catalog.credential(id).hours() >= CARD_HOURS).toList();
    }
    if (recognised.isEmpty() || recognised.stream().anyMatch(profile.heldCredentials()::contains)) return java.util.Optional.empty();
    String names = String.join(", ", recognised.stream().limit(3).map(id -> catalog.credential(id).title()).toList())
        + (recognised.size() > 3 ? ", ..." : "");
    return java.util.Optional.of(new PlanResult.GapItem(prefix + occupation.id(), what + " (one of " + names + ")", 1, 0,
        importance, essential, true, PlanResult.CREDENTIAL, recognised, 1));
  }

  /**
   * Whether employers arrange {@code id} when they hire, so it is no step to buy first: the route says they usually do
   * (a 911 centre's state certification), or only an employer can confer it (a jail's detention officer certification,
   * a condition of kind employer: held-out review #44).
   */
  private boolean arrangedInHiring(EntryRoute r, String id) {
    return r.employerProvided().contains(id) || catalog.findCredential(id)
        .map(c -> c.conditions().stream().anyMatch(k -> k.kind().equals(io.credpath.catalog.Condition.EMPLOYER))).orElse(false);
  }

  private static int held(Holdings h, String skill) {
    return h.skills().getOrDefault(skill, 0);
  }

  private String name(String skill) {
    return catalog.findSkill(skill).map(Skill::name).orElse(skill);
  }

  private static boolean isTool(SkillRequirement r) {
    return r.origin().equals("onet-technology");
  }

  private boolean counts(SkillRequirement r) {
    if (policy.toolsOnlyWhenInDemand() && isTool(r) && !r.inDemand()) return false;
    if (r.essential() && policy.essentialAlways()) return true;
    return r.importance() >= policy.minImportance();
  }
}
