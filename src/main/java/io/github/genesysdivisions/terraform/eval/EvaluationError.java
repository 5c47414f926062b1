package io.github.genesysdivisions.terraform.eval;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformEvaluationException;

/**
 * An evaluation error inside the evaluator; it leaves the package as a
 * {@link TerraformEvaluationException}.
 */
public final class EvaluationError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SourcePosition position;

  public EvaluationError(SourcePosition position, String problem) {
    super(problem, null, false, false);
    this.position = position;
  }

  /** Where, or {@code null} when not yet known (a function's own error, before the call adds it). */
  public SourcePosition position() {
    return position;
  }

  /** The checked exception callers see. */
  public TerraformEvaluationException toException() {
    return new TerraformEvaluationException(position, getMessage());
  }
}
