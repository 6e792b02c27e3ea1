package io.credpath.advising;

/** A step whose status cannot change as asked: a completed step stays completed (its credential is held). */
public class StepConflictException extends RuntimeException {
  public StepConflictException(String message) {
    super(message);
  }
}
