package io.github.genesysdivisions.terraform.hcl;

/** The kinds of token the {@link Lexer} produces. */
enum TokenType {
  IDENTIFIER("an identifier"),
  NUMBER("a number"),
  NEWLINE("end of line"),
  END_OF_FILE("end of file"),
  /** A character that starts no token; the parser reports it where it meets it. */
  INVALID("an invalid character"),
  /** A lexical error; always the last token, the lexer keeps its message. */
  ERROR("an error"),

  OPEN_QUOTE("a quoted string"),
  CLOSE_QUOTE("the end of the string"),
  /** Text of a quoted template: backslash escapes apply. */
  QUOTED_TEXT("text"),
  HEREDOC_OPEN("a heredoc"),
  HEREDOC_CLOSE("the end of the heredoc"),
  /** Text of a heredoc or bare template, one line at most: no backslash escapes. */
  RAW_TEXT("text"),
  TEMPLATE_INTERPOLATION("\"${\""),
  TEMPLATE_CONTROL("\"%{\""),
  TEMPLATE_SEQUENCE_END("\"}\""),

  EQUAL("\"=\""),
  EQUAL_EQUAL("\"==\""),
  NOT_EQUAL("\"!=\""),
  LESS("\"<\""),
  LESS_EQUAL("\"<=\""),
  GREATER("\">\""),
  GREATER_EQUAL("\">=\""),
  AND("\"&&\""),
  OR("\"||\""),
  BANG("\"!\""),
  PLUS("\"+\""),
  MINUS("\"-\""),
  STAR("\"*\""),
  SLASH("\"/\""),
  PERCENT("\"%\""),
  QUESTION("\"?\""),
  COLON("\":\""),
  DOUBLE_COLON("\"::\""),
  FAT_ARROW("\"=>\""),
  ELLIPSIS("\"...\""),
  DOT("\".\""),
  COMMA("\",\""),
  OPEN_BRACKET("\"[\""),
  CLOSE_BRACKET("\"]\""),
  OPEN_BRACE("\"{\""),
  CLOSE_BRACE("\"}\""),
  OPEN_PAREN("\"(\""),
  CLOSE_PAREN("\")\"");

  private final String description;

  TokenType(String description) {
    this.description = description;
  }

  /** How an error message names a token of this type, when its text does not matter. */
  String description() {
    return description;
  }
}
