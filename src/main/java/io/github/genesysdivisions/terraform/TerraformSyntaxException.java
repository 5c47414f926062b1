package io.github.genesysdivisions.terraform;

/** Terraform source that is not valid HCL: the message starts with {@code file:line:column}. */
public final class TerraformSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient SourcePosition position;

  public TerraformSyntaxException(SourcePosition position, String problem) {
    super(position + ": " + problem);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }
}
