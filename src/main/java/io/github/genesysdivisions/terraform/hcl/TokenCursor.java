package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The parser's view of the tokens: where it is, whether newlines count there, how deep it has
 * nested, and how errors are worded.
 *
 * <p>Newlines end attributes and separate object items, but inside parentheses, brackets,
 * function calls, {@code for} expressions and template sequences HCL ignores them; the parsers
 * say which applies with {@link #includeNewlines} and {@link #restoreNewlines}.
 */
final class TokenCursor {

  /** How deep blocks and expressions may nest; deeper input is an error, not a stack overflow. */
  static final int MAX_DEPTH = 256;

  private final String source;
  private final String file;
  private final Token[] tokens;
  private final TerraformSyntaxException lexicalError;
  private boolean[] newlineModes = new boolean[16];
  private int newlineModeCount;
  private int index;
  /** The index {@link #nextIndex()} found for the current index and newline mode, or -1. */
  private int peeked = -1;
  private int depth;
  private final Map<String, String> shared = new HashMap<>();

  /**
   * A cursor over the tokens a lexer has produced.
   *
   * @param lexer the lexer, after it ran: its source, file name, tokens (ending with an end-of-file
   *     or error token) and error, reported when the parser reaches it
   * @param newlinesMatter whether newlines count at the outermost level
   */
  TokenCursor(Lexer lexer, boolean newlinesMatter) {
    this.source = lexer.source();
    this.file = lexer.file();
    this.tokens = lexer.tokenArray();
    this.lexicalError = lexer.error();
    includeNewlines(newlinesMatter);
  }

  /** The next token, without consuming it. */
  Token peek() throws TerraformSyntaxException {
    return tokens[nextIndex()];
  }

  /** Consumes and returns the next token; the end of file is never consumed. */
  Token next() throws TerraformSyntaxException {
    int i = nextIndex();
    Token token = tokens[i];
    if (token.type() != TokenType.END_OF_FILE) {
      index = i + 1;
      peeked = -1;
    }
    return token;
  }

  boolean at(TokenType type) throws TerraformSyntaxException {
    return peek().type() == type;
  }

  boolean atKeyword(String word) throws TerraformSyntaxException {
    return peek().isKeyword(source, word);
  }

  /** Consumes the next token if it has {@code type}; otherwise fails saying what was expected. */
  Token expect(TokenType type, String expected) throws TerraformSyntaxException {
    Token token = peek();
    if (token.type() != type) {
      throw error(token, expected);
    }
    return next();
  }

  /**
   * Like {@link #expect(TokenType, String)} for the token that closes what {@code opener} opened:
   * on failure, {@code expected} is followed by the opener's position.
   */
  Token expectClosing(TokenType type, String expected, Token opener)
      throws TerraformSyntaxException {
    Token token = peek();
    if (token.type() != type) {
      throw error(token, expected + position(opener));
    }
    return next();
  }

  private int nextIndex() throws TerraformSyntaxException {
    if (peeked >= 0) {
      return peeked;
    }
    int i = index;
    if (!newlineModes[newlineModeCount - 1]) {
      while (tokens[i].type() == TokenType.NEWLINE) {
        i++;
      }
    }
    if (tokens[i].type() == TokenType.ERROR) {
      throw lexicalError;
    }
    peeked = i;
    return i;
  }

  /** From here until {@link #restoreNewlines()}, newlines are tokens or are skipped. */
  void includeNewlines(boolean include) {
    if (newlineModeCount == newlineModes.length) {
      newlineModes = Arrays.copyOf(newlineModes, newlineModeCount * 2);
    }
    newlineModes[newlineModeCount++] = include;
    peeked = -1;
  }

  void restoreNewlines() {
    newlineModeCount--;
    peeked = -1;
  }

  /** Enters one more level of nesting, failing beyond {@link #MAX_DEPTH}. */
  void enter() throws TerraformSyntaxException {
    if (++depth > MAX_DEPTH) {
      throw fail(peek(), "blocks and expressions nest more than " + MAX_DEPTH
          + " levels deep here, which this plugin does not support");
    }
  }

  void leave() {
    depth--;
  }

  String source() {
    return source;
  }

  String text(Token token) {
    return shared(source.substring(token.start(), token.end()));
  }

  /**
   * One string for each distinct name or literal text of this source: the tree keeps them, and a
   * configuration repeats the same few (name, var, local, the same descriptions) thousands of
   * times, which would otherwise be copied by every young collection while the files are read.
   */
  String shared(String text) {
    String known = shared.putIfAbsent(text, text);
    return known != null ? known : text;
  }

  SourcePosition position(Token token) {
    return new SourcePosition(file, token.line(), token.column());
  }

  /** "expected {@code expected} but found ..." at {@code found}. */
  TerraformSyntaxException error(Token found, String expected) {
    return fail(found, "expected " + expected + " but found " + describe(found));
  }

  TerraformSyntaxException fail(Token at, String message) {
    return fail(position(at), message);
  }

  TerraformSyntaxException fail(SourcePosition at, String message) {
    return new TerraformSyntaxException(at, message);
  }

  private String describe(Token token) {
    return switch (token.type()) {
      case IDENTIFIER -> "\"" + text(token) + "\"";
      case NUMBER -> "number " + text(token);
      case INVALID -> invalidCharacter(source.codePointAt(token.start()));
      default -> token.type().description();
    };
  }

  private static String invalidCharacter(int codePoint) {
    if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)) {
      return String.format("invalid character U+%04X", codePoint);
    }
    return "invalid character \"" + Character.toString(codePoint) + "\"";
  }
}
