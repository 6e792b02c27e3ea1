package io.credpath.advising;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Seeded generated cohorts for the shared-budget optimiser: members with one to four options over a handful of
 * credentials (whole-dollar prices that vary a little by learner, coverage in hundredths), a budget that buys part of
 * what they would all take, and seat limits and discount tiers on some credentials.
 */
record CohortInstances(List<LearnerOptions> learners, SharedBudget terms) {

  static CohortInstances generate(long seed, int members) {
    Random r = new Random(seed);
    int k = 3 + r.nextInt(5);
    int[] price = new int[k];
    for (int c = 0; c < k; c++) price[c] = 50 + r.nextInt(450);
    List<LearnerOptions> learners = new ArrayList<>();
    double most = 0;
    for (int i = 0; i < members; i++) {
      int options = r.nextInt(5);
      List<LearnerOptions.Option> os = new ArrayList<>();
      double dearest = 0;
      for (int o = 0; o < options; o++) {
        List<LearnerOptions.Seat> seats = new ArrayList<>();
        List<Integer> pool = new ArrayList<>();
        for (int c = 0; c < k; c++) pool.add(c);
        java.util.Collections.shuffle(pool, r);
        int steps = 1 + r.nextInt(Math.min(3, k));
        double cost = 0;
        for (int s = 0; s < steps; s++) {
          int c = pool.get(s);
          int each = price[c] + r.nextInt(3) * 10;
          seats.add(new LearnerOptions.Seat("cred-" + c, each));
          cost += each;
        }
        dearest = Math.max(dearest, cost);
        os.add(new LearnerOptions.Option(o, "option " + o, (1 + r.nextInt(100)) / 100.0, seats));
      }
      most += dearest;
      learners.add(new LearnerOptions(i + 2, "l" + i, os));
    }
    List<SharedBudget.CredentialTerms> terms = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      OptionalInt limit = r.nextInt(3) == 0 ? OptionalInt.of(r.nextInt(Math.max(1, members / 2) + 1)) : OptionalInt.empty();
      List<SharedBudget.Discount> tiers = new ArrayList<>();
      if (r.nextBoolean()) {
        int from = 2 + r.nextInt(3);
        int pct = 5 + r.nextInt(20);
        tiers.add(new SharedBudget.Discount(from, pct));
        if (r.nextBoolean()) tiers.add(new SharedBudget.Discount(from + 1 + r.nextInt(3), pct + 5 + r.nextInt(15)));
      }
      if (limit.isPresent() || !tiers.isEmpty()) terms.add(new SharedBudget.CredentialTerms("cred-" + c, limit, tiers));
    }
    double budget = Math.floor(most * (0.15 + 0.7 * r.nextDouble()));
    return new CohortInstances(learners, new SharedBudget(budget, "USD", terms));
  }
}
