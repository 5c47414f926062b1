package io.github.genesysdivisions.terraform.hcl;

/**
 * One token of HCL source.
 *
 * @param type what kind of token it is
 * @param start offset of its first char in the source
 * @param end offset just after its last char
 * @param line 1-based line of its first char
 * @param column 1-based column of its first char, in code points
 */
record Token(TokenType type, int start, int end, int line, int column) {

  /** Whether this is the identifier {@code word} in {@code source}. */
  boolean isKeyword(String source, String word) {
    return type == TokenType.IDENTIFIER
        && end - start == word.length()
        && source.startsWith(word, start);
  }
}
