package io.credpath.app;

/** A configuration value or command-line argument that cannot be used; the message names it. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
