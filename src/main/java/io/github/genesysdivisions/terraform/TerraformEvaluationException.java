package io.github.genesysdivisions.terraform;

/**
 * A configuration that parses but that Terraform would reject when evaluating it (a wrong type, an
 * undeclared variable, a failing function call, a cycle between locals, ...). The message starts
 * with {@code file:line:column} when the place is known.
 */
public final class TerraformEvaluationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient SourcePosition position;

  /**
   * @param position where, or {@code null} when the problem is in an input that is not a file
   *     (a {@code variables} entry of the plugin configuration)
   * @param problem what is wrong
   */
  public TerraformEvaluationException(SourcePosition position, String problem) {
    super(position == null ? problem : position + ": " + problem);
    this.position = position;
  }

  /** Where, or {@code null}. */
  public SourcePosition position() {
    return position;
  }
}
