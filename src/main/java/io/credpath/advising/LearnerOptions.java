package io.credpath.advising;

import java.util.List;
import java.util.Objects;

/**
 * The pathways a cohort member may be given, each within the learner's own hours and weeks (the planner's labelled
 * alternatives for them, in its order, so the first is the one the learner would be told planned alone); taking none
 * is always possible and is not listed.
 */
public record LearnerOptions(int line, String learner, List<Option> options) {
  public LearnerOptions {
    Objects.requireNonNull(learner, "learner");
    options = List.copyOf(options);
  }

  /** One pathway: its position and label in the saved plan, its coverage of the learner's gap, and a seat per step. */
  public record Option(int pathway, String label, double coverage, List<Seat> seats) {
    public Option {
      if (!(coverage >= 0)) throw new IllegalArgumentException("coverage must be a non-negative number: " + coverage);
      seats = List.copyOf(seats);
      if (seats.stream().map(Seat::credential).distinct().count() != seats.size()) {
        throw new IllegalArgumentException("a pathway takes one seat of a credential: " + seats);
      }
    }
  }

  /** A seat of a credential at what it costs this learner before any group discount. */
  public record Seat(String credential, double cost) {
    public Seat {
      Objects.requireNonNull(credential, "credential");
      if (!(cost >= 0)) throw new IllegalArgumentException("cost must be a non-negative number: " + cost);
    }
  }
}
