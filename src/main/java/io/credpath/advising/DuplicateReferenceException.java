package io.credpath.advising;

/** A learner whose external reference another learner of the same tenant already has. */
public class DuplicateReferenceException extends RuntimeException {
  private final String existing;

  public DuplicateReferenceException(String externalRef, String existing) {
    super("learner " + existing + " already has the external reference '" + externalRef + "'");
    this.existing = existing;
  }

  /** The id of the learner that has the reference. */
  public String existing() {
    return existing;
  }
}
