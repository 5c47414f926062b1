package io.github.genesysdivisions.state;

/** A state that cannot be read: the message names the state and says what to do. */
public final class StateException extends Exception {

  private static final long serialVersionUID = 1L;

  public StateException(String message) {
    super(message);
  }

  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
