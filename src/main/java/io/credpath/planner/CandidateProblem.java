package io.credpath.planner;

import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import io.credpath.planner.solver.Formula;
import io.credpath.planner.solver.SearchProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search problem over one request's candidate credentials: builds the solver's {@link SearchProblem} from the
 * credentials, gap items, rule weights and budget, and keeps what its indices stand for (each candidate's credential,
 * each need's real importance) to read solutions back. Candidates that can never be part of a pathway within the budget
 * are dropped on the way in; {@code coverable} marks the needs some candidate could close ignoring the budget (a need
 * only the budget rules out is a budget failure, answered with best coverage, not an uncoverable one).
 *
 * <p>Each planned gap item is two needs of half its importance each: its lower half, closed by a credential that
 * reaches at least one level below the required level, and its upper half, closed only at the required level (see
 * {@link ItemCredit}). So "closing the gap" means every item as far as the catalogue can take it, and a credential one
 * level short earns half the item's weight in coverage and recognition.
 */
final class CandidateProblem {
  /** The problem in array form: candidate i is {@code credentials[i]}, need 2k and 2k + 1 the halves of gap item k. */
  final SearchProblem search;
  final Credential[] credentials;

  /** The alternatives of each candidate for target {@code target} (see {@link #alternatives}), the solver's conflicts. */
  static int[][] conflictsOf(Credential[] credentials, List<PlanResult.GapItem> items, String target) {
    int n = credentials.length;
    Set<String> listed = new java.util.HashSet<>();
    for (PlanResult.GapItem g : items) if (g.kind().equals(PlanResult.CREDENTIAL)) listed.addAll(g.oneOf());
    List<Integer> route = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (listed.contains(credentials[i].id()) || credentials[i].preparesFor().contains(target)) route.add(i);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(new ArrayList<>());
    // Members of two different credential items (the route's credential, what employers require beside it, a first
    // step toward it) are never alternatives, however alike: a state's pre-service training beside the CPR card it
    // overlaps, the OSHA 10 card beside HAZWOPER. Alternatives are members of one item (Security+ or GSEC).
    Map<String, Set<String>> itemsOf = new HashMap<>();
    for (PlanResult.GapItem g : items) {
      if (g.kind().equals(PlanResult.CREDENTIAL)) {
        for (String id : g.oneOf()) itemsOf.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(g.skill());
      }
    }
    for (int a = 0; a < route.size(); a++) {
      for (int b = a + 1; b < route.size(); b++) {
        int x = route.get(a);
        int y = route.get(b);
        Set<String> rx = itemsOf.getOrDefault(credentials[x].id(), Set.of());
        Set<String> ry = itemsOf.getOrDefault(credentials[y].id(), Set.of());
        if (!rx.isEmpty() && !ry.isEmpty() && java.util.Collections.disjoint(rx, ry)) continue;
        if (!alternatives(credentials[x], credentials[y])) continue;
        out.get(x).add(y);
        out.get(y).add(x);
      }
    }
    int[][] arr = new int[n][];
    for (int i = 0; i < n; i++) arr[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
    return arr;
  }

  /**
   * Whether {@code a} and {@code b}, both on the target's route, are alternatives, which a pathway never holds beside each
   * other. Two credentials are alternatives when both are on the target's route (a credential item lists them, or they
   * prepare for the target), are of the same kind (two certifications or licences, or two programmes or courses), neither
   * asks for the other, and what they show by title or syllabus is much the same: at least half of the skills of both
   * shared (Jaccard), or, at the same level, at least half of the smaller one's: two or more of them (between trainings,
   * with one either is named for), or one both are named for. The CPhT or the ExCPT, the CMAA or the CMAS, Security+ or
   * GSEC, the Google or the Microsoft project management certificate, not both for a slightly better score; never two
   * exams of which one is named for a skill the other does not test at all (the ACF culinarian certification beside
   * ServSafe's manager exam); the EPA 608 and a NATE certification, which teach different things, and CAPM after a
   * project management certificate stay open together. Pairwise, not grouped: alternatives of alternatives are not
   * alternatives. Members of two different credential items (the route's credential, an "also required" one, a first
   * step toward it) are never alternatives ({@link #conflictsOf}).
   */
  static boolean alternatives(Credential a, Credential b) {
    if (examLike(a) != examLike(b) || mentions(a, b) || mentions(b, a)) return false;
    if (lowerRung(a, b) || lowerRung(b, a)) return true;
    Set<String> x = strongSkills(a);
    Set<String> y = strongSkills(b);
    if (x.isEmpty() || y.isEmpty()) return false;
    // An exam named for what the other does not test at all certifies ground only it covers: the ACF culinarian
    // certification (culinary arts) stands beside a food-protection manager exam whose topics it shares. (Two training
    // programmes on much the same syllabus stay alternatives whatever their titles: Google's advanced data analytics
    // certificate or IBM's data science one.)
    if (examLike(a) && (namedForWhatTheOtherLacks(a, y) || namedForWhatTheOtherLacks(b, x))) return false;
    Set<String> shared = new java.util.HashSet<>(x);
    shared.retainAll(y);
    int common = shared.size();
    if (2 * common >= x.size() + y.size() - common) return true;
    if (a.level() != b.level() || 2 * common < Math.min(x.size(), y.size())) return false;
    // One shared skill of two is a coincidence (a tax-preparation course and the IRS's preparer number), unless both
    // are named for it (two real-estate courses). Between two trainings, two shared syllabus topics are too (a state's
    // child-care health and safety hours and a CDA course both touch child development and infection control) unless
    // one is named for one of them; two exams sharing two topics test the same (Security+ and GSEC).
    Set<String> named = titleSkills(a);
    named.addAll(titleSkills(b));
    return (common >= 2 && (examLike(a) || !java.util.Collections.disjoint(shared, named)))
        || !java.util.Collections.disjoint(titleSkills(a), titleSkills(b));
  }

  /**
   * Whether {@code lower} is a lower rung of the same issuer's ladder below {@code higher}, which a pathway holding
   * {@code higher} has passed: both exams of one provider, {@code higher} of a higher level, teaching the subject
   * {@code lower} is named for (its first title or syllabus skill) at least as well and at least half of what else it
   * shows (the Python Institute's entry exam beside its associate one, a cloud fundamentals exam beside the associate
   * certification; not A+ beside Security+, whose subjects differ).
   */
  static boolean lowerRung(Credential lower, Credential higher) {
    if (!examLike(lower) || !examLike(higher) || higher.level() <= lower.level()
        || !higher.provider().equalsIgnoreCase(lower.provider())) {
      return false;
    }
    java.util.List<io.credpath.catalog.TaughtSkill> shown = new java.util.ArrayList<>();
    for (io.credpath.catalog.TaughtSkill s : lower.skills()) if (s.basis() == io.credpath.catalog.Basis.TITLE) shown.add(s);
    for (io.credpath.catalog.TaughtSkill s : lower.skills()) if (s.basis().strong() && !shown.contains(s)) shown.add(s);
    if (shown.isEmpty() || higher.strongLevelOf(shown.get(0).skill()) < shown.get(0).level()) return false;
    long taught = shown.stream().filter(s -> higher.strongLevelOf(s.skill()) >= s.level()).count();
    return 2 * taught >= shown.size();
  }

  private static boolean namedForWhatTheOtherLacks(Credential c, Set<String> other) {
    Set<String> named = titleSkills(c);
    return !named.isEmpty() && java.util.Collections.disjoint(named, other);
  }

  private static Set<String> titleSkills(Credential c) {
    Set<String> out = new java.util.HashSet<>();
    for (io.credpath.catalog.TaughtSkill s : c.skills()) if (s.basis() == io.credpath.catalog.Basis.TITLE) out.add(s.skill());
    return out;
  }

  /** Whether {@code c} is an exam-based credential (a certification or a licence), not a course or programme. */
  static boolean examLike(Credential c) {
    return c.type() == io.credpath.catalog.CredentialType.CERTIFICATION || c.type() == io.credpath.catalog.CredentialType.LICENCE;
  }

  private static boolean mentions(Credential c, Credential other) {
    return c.requires().map(r -> r.credentialIds().contains(other.id())).orElse(false);
  }

  private static Set<String> strongSkills(Credential c) {
    Set<String> out = new java.util.HashSet<>();
    for (io.credpath.catalog.TaughtSkill s : c.skills()) if (s.basis().strong()) out.add(s.skill());
    return out;
  }

  /** Each candidate's position by credential id. */
  private final Map<String, Integer> index;
  /**
   * For a candidate that stands in for a cheaper, less recognised one closing the same needs (the gap policy's premium),
   * the cheapest such: not a candidate any more, but what the learner would take instead.
   */
  Map<String, Credential> stoodInFor = Map.of();
  /** Each need's real importance (thousandths), for reporting coverage; the search weighs its own importance. */
  private final long[] shownImportance;
  /** The importance of the coverable needs: what credentials can teach, the denominator of a pathway's coverage. */
  final long coverableImportance;

  /**
   * The real importance of the coverable needs {@code chosen} close (credentials of this problem or of a subset built
   * from it): a pathway's covered share's numerator.
   */
  long shownCovered(List<Credential> chosen) {
    long mask = 0;
    for (Credential c : chosen) {
      Integer i = index.get(c.id());
      if (i != null) mask |= search.covers[i];
    }
    long out = 0;
    for (long m = mask & search.coverable; m != 0; m &= m - 1) out += shownImportance[Long.numberOfTrailingZeros(m)];
    return out;
  }

  private CandidateProblem(List<Credential> list, List<PlanResult.GapItem> gapItems, ItemCredit credit, Holdings held,
      Map<String, Double> weights, Budget budget, long coverableBeforeBudget, CandidateProblem from,
      Set<String> experienceElsewhere) {
    credentials = list.toArray(new Credential[0]);
    int n = credentials.length;
    List<PlanResult.GapItem> items = List.copyOf(gapItems);
    long[] cost = new long[n];
    long[] hours = new long[n];
    int[] weeks = new int[n];
    long[] weight = new long[n];
    long[] covers = new long[n];
    Formula[] requires = new Formula[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) index.put(credentials[i].id(), i);
    this.index = Map.copyOf(index);
    FormulaCompiler compiler = new FormulaCompiler(list, index, held, experienceElsewhere);
    int needs = 2 * items.size();
    if (needs > 64) throw new IllegalArgumentException("at most 32 gap items fit the optimiser: " + items.size());
    int[][] conflicts = conflictsOf(credentials, items, credit.target());
    Map<Credential, Integer> earlier = new java.util.IdentityHashMap<>();
    if (from != null) for (int i = 0; i < from.credentials.length; i++) earlier.put(from.credentials[i], i);
    for (int i = 0; i < n; i++) {
      Credential c = credentials[i];
      Integer e = earlier.get(c);
      if (e != null) {
        // A rebuild over a subset with the same items and weights: the per-candidate figures carry over.
        cost[i] = from.search.cost[e];
        hours[i] = from.search.hours[e];
        weeks[i] = from.search.weeks[e];
        weight[i] = from.search.weight[e];
        covers[i] = from.search.covers[e];
      } else {
        cost[i] = cents(c.cost().total());
        hours[i] = hundredths(c.hours());
        weeks[i] = Math.max(1, c.minWeeks());
        weight[i] = Math.round(1000 * weights.getOrDefault(c.id(), 1.0));
        for (int g = 0; g < items.size(); g++) {
          ItemCredit.Tier t = credit.tier(c, items.get(g));
          if (t != ItemCredit.Tier.NONE) covers[i] |= 1L << (2 * g);
          if (t == ItemCredit.Tier.FULL) covers[i] |= 1L << (2 * g + 1);
        }
      }
      final int self = i;
      requires[i] = c.requires().map(r -> compiler.compile(r, self)).orElse(Formula.TRUE);
    }
    long[] importance = new long[needs];
    shownImportance = new long[needs];
    // The credentials employers ask for come first: when not everything fits, a pathway that earns one beats any that
    // does not, however many other items those close (A+ before Linux, Azure and a second exam for IT support; the
    // lead-safe renovator card a weatherization crew must hold before an optional diagnostics certification). Each one's
    // search importance is one more than all the other items together; coverage is still reported on the real importances.
    long others = 0;
    for (PlanResult.GapItem g : items) if (!askedFor(g)) others += Math.round(1000 * g.importance());
    for (int g = 0; g < needs; g++) {
      PlanResult.GapItem item = items.get(g / 2);
      long real = Math.round(1000 * item.importance());
      long whole = askedFor(item) ? Math.max(real, others + 2) : real;
      importance[g] = g % 2 == 0 ? whole - whole / 2 : whole / 2;
      shownImportance[g] = g % 2 == 0 ? real - real / 2 : real / 2;
    }
    long coverable = coverableBeforeBudget < 0 ? SearchProblem.closable(covers, requires, weeks) : coverableBeforeBudget;
    long teachable = 0;
    for (long m = coverable; m != 0; m &= m - 1) teachable += shownImportance[Long.numberOfTrailingZeros(m)];
    coverableImportance = teachable;
    // The needs whose closer's recognition counts: each item's upper half, and its lower half only where no credential
    // closes the upper one. A course one level short adds no recognition to an item a credential closes in full, so the
    // best-recognised pathway is not padded with a well-rated partial course.
    long scored = 0;
    for (int k = 0; k < items.size(); k++) {
      long upper = 1L << (2 * k + 1);
      scored |= (coverable & upper) != 0 ? upper : upper | (1L << (2 * k));
    }
    long maxCost = budget.maxCost().isPresent() ? cents(budget.maxCost().getAsDouble()) : Long.MAX_VALUE / 4;
    int maxWeeks = budget.maxWeeks().isPresent() ? budget.maxWeeks().getAsInt() : Formula.NEVER - 1;
    long byWeeks = budget.maxWeeks().isPresent() ? (long) Math.floor(maxWeeks * budget.hoursPerWeek() * 100 + 1e-6) : Long.MAX_VALUE / 4;
    long maxHours = Math.min(byWeeks, budget.maxHours().isPresent() ? hundredths(budget.maxHours().getAsDouble()) : Long.MAX_VALUE / 4);
    search = new SearchProblem(cost, hours, weeks, weight, covers, requires, conflicts, importance, coverable, scored,
        new SearchProblem.Limits(maxCost, maxHours, maxWeeks, budget.hoursPerWeek()));
  }

  /** Whether {@code g} is a credential employers ask for: the field's own or one they require beside it. */
  static boolean askedFor(PlanResult.GapItem g) {
    return g.skill().startsWith(PlanResult.FIELD_CREDENTIAL) || g.skill().startsWith(PlanResult.ALSO_REQUIRED);
  }

  /**
   * The problem for these gap items and candidates: drops candidates that can never fit (unsatisfiable
   * prerequisites, over budget on their own), then those another candidate dominates (see {@link DominanceFilter}).
   */
  static CandidateProblem of(List<PlanResult.GapItem> items, ItemCredit credit, List<Credential> candidates, Holdings held,
      Map<String, Double> weights, Budget budget) {
    return of(items, credit, candidates, held, weights, budget, Set.of(), cheaper -> 0);
  }

  /**
   * As above, where the learner's years of experience meet no experience requirement of the credentials in
   * {@code experienceElsewhere} (the rules' judgement that those years are in another field): a dental assistant
   * certification open "after a programme or two years as a dental assistant" then needs the programme; a better-recognised
   * candidate may cost up to {@code premium} of the cheaper one's cost more and still stand in for it
   * ({@link NeedPolicy#premiumOver}).
   */
  static CandidateProblem of(List<PlanResult.GapItem> items, ItemCredit credit, List<Credential> candidates, Holdings held,
      Map<String, Double> weights, Budget budget, Set<String> experienceElsewhere, java.util.function.DoubleUnaryOperator premium) {
    List<Credential> list = List.copyOf(candidates);
    CandidateProblem p = new CandidateProblem(list, items, credit, held, weights, budget, -1, null, experienceElsewhere);
    long coverable = p.search.coverable;
    while (true) {
      SearchProblem s = p.search;
      List<Credential> fit = new ArrayList<>();
      for (int i = 0; i < s.n; i++) {
        if (s.earliest[i] <= s.maxWeeks && s.cost[i] <= s.maxCost && s.hours[i] <= s.maxHours) fit.add(p.credentials[i]);
      }
      if (fit.size() == s.n) break;
      p = new CandidateProblem(fit, items, credit, held, weights, budget, coverable, p, experienceElsewhere);
    }
    DominanceFilter filter = new DominanceFilter(List.of(p.credentials), p.search.covers, held, weights, p.search.conflicts, premium);
    List<Credential> kept = filter.survivors();
    CandidateProblem out = kept.size() == p.search.n ? p
        : new CandidateProblem(kept, items, credit, held, weights, budget, coverable, p, experienceElsewhere);
    out.stoodInFor = filter.stoodInFor();
    return out;
  }

  static long cents(double amount) {
    return Math.round(amount * 100);
  }

  static long hundredths(double h) {
    return Math.round(h * 100);
  }

  /** Compiles requirement expressions against a candidate list and what is held. */
  private static final class FormulaCompiler {
    private final List<Credential> list;
    private final Map<String, Integer> index;
    private final Holdings held;
    private final Map<String, List<Integer>> skillMemo = new HashMap<>();
    private final Set<String> experienceElsewhere;

    FormulaCompiler(List<Credential> list, Map<String, Integer> index, Holdings held, Set<String> experienceElsewhere) {
      this.list = list;
      this.index = index;
      this.held = held;
      this.experienceElsewhere = experienceElsewhere;
    }

    /** Compiles the prerequisite of candidate {@code self}, which can never meet its own prerequisite. */
    Formula compile(Requirement r, int self) {
      return r.fold(new Requirement.Fold<Formula>() {
        @Override public Formula credential(Requirement.HasCredential c) {
          if (held.credentials().contains(c.credential())) return Formula.TRUE;
          Integer i = index.get(c.credential());
          return i == null || i == self ? Formula.FALSE : new Formula.Var(i);
        }

        @Override public Formula skill(Requirement.HasSkill s) {
          if (held.levelFor(s.skill()) >= s.level()) return Formula.TRUE;
          List<Integer> teachers = skillMemo.computeIfAbsent(s.skill() + "@" + s.level(), k -> {
            List<Integer> who = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) if (list.get(i).strongLevelOf(s.skill()) >= s.level()) who.add(i);
            return who;
          });
          List<Formula> vars = new ArrayList<>();
          for (int i : teachers) if (i != self) vars.add(new Formula.Var(i));
          return Formula.atLeast(1, vars);
        }

        @Override public Formula experience(Requirement.HasExperience e) {
          double years = self >= 0 && experienceElsewhere.contains(list.get(self).id()) ? 0 : held.experienceYears();
          return years >= e.years() ? Formula.TRUE : Formula.FALSE;
        }

        @Override public Formula atLeast(int k, List<Formula> parts) {
          return Formula.atLeast(k, parts);
        }
      });
    }
  }
}
