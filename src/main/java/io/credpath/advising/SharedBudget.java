package io.credpath.advising;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a cohort's learners share: one budget for all their credentials, and per credential an optional seat limit and
 * group discounts (from {@code minSeats} seats bought for the cohort, {@code percentOff} off every seat's price), kept in
 * credential id order.
 */
public record SharedBudget(double budget, String currency, List<CredentialTerms> credentials) {
  public SharedBudget {
    if (!(budget >= 0) || Double.isInfinite(budget)) throw new IllegalArgumentException("budget must be a non-negative number: " + budget);
    Objects.requireNonNull(currency, "currency");
    credentials = credentials.stream().sorted(Comparator.comparing(CredentialTerms::credential)).toList();
    if (credentials.stream().map(CredentialTerms::credential).distinct().count() != credentials.size()) {
      throw new IllegalArgumentException("each credential may have one set of terms: " + credentials);
    }
  }

  /** A credential's seat limit (if any) and group discounts. */
  public record CredentialTerms(String credential, OptionalInt seatLimit, List<Discount> discounts) {
    public CredentialTerms {
      Objects.requireNonNull(credential, "credential");
      if (seatLimit.isPresent() && seatLimit.getAsInt() < 0) throw new IllegalArgumentException("seatLimit must not be negative: " + seatLimit);
      discounts = discounts.stream().sorted(Comparator.comparingInt(Discount::minSeats)).toList();
    }
  }

  /** From {@code minSeats} seats of a credential bought for the cohort, {@code percentOff} off the price of each. */
  public record Discount(int minSeats, double percentOff) {
    public Discount {
      if (minSeats < 1) throw new IllegalArgumentException("minSeats must be at least 1: " + minSeats);
      if (!(percentOff > 0 && percentOff < 100)) throw new IllegalArgumentException("percentOff must be above 0 and below 100: " + percentOff);
    }
  }

  /** The seats the cohort may take of {@code credential} (unlimited: {@link Integer#MAX_VALUE}). */
  public int seatLimit(String credential) {
    return terms(credential).map(t -> t.seatLimit().orElse(Integer.MAX_VALUE)).orElse(Integer.MAX_VALUE);
  }

  /** The percentage off each seat of {@code credential} when the cohort takes {@code seats} of it: the best tier reached. */
  public double percentOff(String credential, int seats) {
    double best = 0;
    for (Discount d : terms(credential).map(CredentialTerms::discounts).orElse(List.of())) {
      if (d.minSeats() <= seats) best = Math.max(best, d.percentOff());
    }
    return best;
  }

  /** What the chosen options cost the cohort together: each credential's seats at their list costs less its tier's discount. */
  public double cost(Collection<LearnerOptions.Option> chosen) {
    return seats(chosen).values().stream().mapToDouble(SeatsBought::cost).sum();
  }

  /** The seats the chosen options take of each credential, in id order, with their list cost and cost after discount. */
  public Map<String, SeatsBought> seats(Collection<LearnerOptions.Option> chosen) {
    Map<String, Integer> count = new TreeMap<>();
    Map<String, Double> list = new HashMap<>();
    for (LearnerOptions.Option o : chosen) {
      for (LearnerOptions.Seat s : o.seats()) {
        count.merge(s.credential(), 1, Integer::sum);
        list.merge(s.credential(), s.cost(), Double::sum);
      }
    }
    Map<String, SeatsBought> out = new LinkedHashMap<>();
    count.forEach((credential, n) -> {
      double pct = percentOff(credential, n);
      out.put(credential, new SeatsBought(credential, n, list.get(credential), pct, list.get(credential) * (100 - pct) / 100));
    });
    return out;
  }

  /** The seats of one credential a selection takes: how many, their list cost, the discount reached, and what they cost. */
  public record SeatsBought(String credential, int seats, double listCost, double percentOff, double cost) {}

  /** The credentials with a seat limit that the chosen options exceed, with the seats they take. */
  public List<String> overLimit(Collection<LearnerOptions.Option> chosen) {
    List<String> over = new ArrayList<>();
    seats(chosen).values().forEach(s -> {
      if (s.seats() > seatLimit(s.credential())) over.add(s.credential());
    });
    return over;
  }

  private java.util.Optional<CredentialTerms> terms(String credential) {
    return credentials.stream().filter(t -> t.credential().equals(credential)).findFirst();
  }
}
