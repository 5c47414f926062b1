package io.github.genesysdivisions.terraform.eval;

/**
 * How much evaluation a configuration may take: nesting depth and total steps, so that no input
 * makes the plugin run out of stack or time. One budget serves one configuration read.
 */
public final class Budget {

  /** How deeply evaluations may nest (locals referring to locals, templates, calls). */
  public static final int MAX_DEPTH = 500;
  /** How many expressions a whole configuration may evaluate. */
  public static final long MAX_STEPS = 5_000_000L;

  int depth;
  long steps;
}
