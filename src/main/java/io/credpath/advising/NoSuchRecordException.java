package io.credpath.advising;

/**
 * A learner or saved plan that the caller's tenant does not hold: it does not exist, or it is another tenant's, which
 * is answered the same way so as not to reveal that it exists.
 */
public class NoSuchRecordException extends RuntimeException {
  public NoSuchRecordException(String kind, String id) {
    super("no " + kind + " with id " + (id.length() > 60 ? id.substring(0, 60) + "..." : id));
  }
}
