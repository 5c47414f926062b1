package io.github.genesysdivisions.genesys;

/**
 * The org's divisions could not be read: the message says what happened and what to do next, and
 * never contains a secret or a token.
 */
public final class GenesysException extends Exception {

  private static final long serialVersionUID = 1L;

  public GenesysException(String message) {
    super(message);
  }

  public GenesysException(String message, Throwable cause) {
    super(message, cause);
  }
}
