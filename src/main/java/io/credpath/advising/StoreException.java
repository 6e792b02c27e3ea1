package io.credpath.advising;

/** The advising database failed; the message names the operation, the cause carries the driver's error. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
