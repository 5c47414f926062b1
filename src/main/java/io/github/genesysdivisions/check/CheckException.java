package io.github.genesysdivisions.check;

/**
 * The check could not be made: the Terraform, the state or the org could not be read. The message
 * names the file, the address or the parameter involved and says what to do next.
 */
public final class CheckException extends Exception {

  private static final long serialVersionUID = 1L;

  public CheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
