package io.github.genesysdivisions.check;

/** Quotes words for POSIX {@code sh} so that nothing in them is interpreted. */
public final class ShellQuoting {

  private ShellQuoting() {}

  /**
   * One single-quoted word: {@code '} becomes {@code '\''}; everything else, newlines, {@code $},
   * backticks and backslashes included, stays literal inside the quotes.
   */
  public static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
