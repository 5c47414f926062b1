package io.github.genesysdivisions.terraform.hcl;

/** The prefix operators. */
public enum UnaryOperator {
  NEGATE("-"),
  NOT("!");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written. */
  public String symbol() {
    return symbol;
  }
}
