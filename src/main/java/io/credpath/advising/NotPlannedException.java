package io.credpath.advising;

/** A cohort asked for what needs its plans (an allocation, a demand report) before a planning job of it has finished. */
public class NotPlannedException extends RuntimeException {
  public NotPlannedException(String message) {
    super(message);
  }
}
