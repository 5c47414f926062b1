package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.util.Arrays;
import java.util.List;

/**
 * Splits HCL native syntax into tokens, as HashiCorp's hclsyntax scanner does: code, quoted
 * templates, heredocs and bare templates, with {@code ${...}} and {@code %{...}} sequences nested
 * to any depth. Newlines are tokens (the parser decides where they matter); spaces and comments
 * are dropped. A lexical error does not throw: it ends the tokens with an {@link TokenType#ERROR}
 * token and is kept in {@link #error()}, so that the parser reports whichever error comes first.
 *
 * <p>The source is read by index, once; lines and columns (in code points) are counted by a cursor
 * that only moves forward.
 */
final class Lexer {

  private static final String ESCAPES = "\\n, \\r, \\t, \\\", \\\\, \\uNNNN or \\UNNNNNNNN";

  private enum Mode {
    /** Configuration or expression code. */
    CODE,
    /** Code inside {@code ${...}} or {@code %{...}}: a <code>}</code> at brace depth 0 ends it. */
    SEQUENCE,
    QUOTED,
    HEREDOC,
    /** A whole source read as a template. */
    BARE
  }

  /**
   * One level of nesting: what is being lexed, and what opened it. A level's frame is reused by
   * the next level opened at the same depth (every string and interpolation opens one).
   */
  private static final class Frame {
    Mode mode;
    Token opener;
    String marker;
    int braces;
    boolean startOfLine;
  }

  private final String source;
  /** The source's characters, read by index: cheaper than {@code String.charAt} in a cold JVM. */
  private final char[] chars;
  private final String file;
  private final int length;
  /** The tokens so far: the first {@link #count} of this array. */
  private Token[] tokens;
  private int count;
  /** The nesting, innermost last; {@link #top} is the innermost. */
  private Frame[] frames = new Frame[8];
  private int depth;
  private Frame top;
  private int pos;
  private int trackedOffset;
  private int trackedLine;
  private int trackedColumn;
  private TerraformSyntaxException error;

  /**
   * A lexer for one source text; use it once.
   *
   * @param source the text; a leading byte order mark is skipped
   * @param file the name positions carry
   */
  Lexer(String source, String file) {
    this(source, file, 1, 1);
  }

  /**
   * A lexer for a text that starts at {@code line}:{@code column} of its file, such as a string of
   * a JSON configuration file holding a template.
   */
  Lexer(String source, String file, int line, int column) {
    this.trackedLine = line;
    this.trackedColumn = column;
    this.source = source;
    this.chars = source.toCharArray();
    this.file = file;
    this.length = source.length();
    this.tokens = new Token[length / 3 + 16];
    if (length > 0 && chars[0] == '\uFEFF') {
      pos = 1;
      trackedOffset = 1;
    }
  }

  /** The tokens of a configuration file or of an expression. */
  List<Token> tokenizeCode() {
    return run(Mode.CODE);
  }

  /** The tokens of a source that is a template as a whole, as {@code templatefile} reads it. */
  List<Token> tokenizeTemplate() {
    return run(Mode.BARE);
  }

  /**
   * The tokens, after {@link #tokenizeCode()} or {@link #tokenizeTemplate()}: the array ends with
   * the {@link TokenType#END_OF_FILE} or {@link TokenType#ERROR} token (unused slots may follow).
   */
  Token[] tokenArray() {
    return tokens;
  }

  String source() {
    return source;
  }

  String file() {
    return file;
  }

  /** The error behind the final {@link TokenType#ERROR} token, or {@code null} if there is none. */
  TerraformSyntaxException error() {
    return error;
  }

  private List<Token> run(Mode mode) {
    push(mode, null, null);
    boolean more = true;
    while (more) {
      Frame frame = top;
      more =
          switch (frame.mode) {
            case CODE, SEQUENCE -> lexCode(frame);
            case QUOTED -> lexQuoted(frame);
            case HEREDOC -> lexHeredoc(frame);
            case BARE -> lexBare(frame);
          };
    }
    return Arrays.asList(tokens).subList(0, count);
  }

  /** Code tokens until the nesting changes; false at the end of the input or after an error. */
  private boolean lexCode(Frame frame) {
    boolean more;
    do {
      more = lexCodeToken(frame);
    } while (more && top == frame);
    return more;
  }

  private void push(Mode mode, Token opener, String marker) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame frame = frames[depth];
    if (frame == null) {
      frame = new Frame();
      frames[depth] = frame;
    }
    depth++;
    frame.mode = mode;
    frame.opener = opener;
    frame.marker = marker;
    frame.braces = 0;
    frame.startOfLine = true;
    top = frame;
  }

  private void pop() {
    depth--;
    top = depth == 0 ? null : frames[depth - 1];
  }

  private boolean lexCodeToken(Frame frame) {
    while (pos < length && (chars[pos] == ' ' || chars[pos] == '\t')) {
      pos++;
    }
    if (pos >= length) {
      emit(TokenType.END_OF_FILE, pos, pos);
      return false;
    }
    char c = chars[pos];
    // the commonest tokens here; the rest in lexOtherToken, so that this method stays small enough
    // for a cold JVM to compile soon
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      identifier();
      return true;
    }
    switch (c) {
      case '\n' -> advance(TokenType.NEWLINE, 1);
      case '"' -> push(Mode.QUOTED, advance(TokenType.OPEN_QUOTE, 1), null);
      case '{' -> {
        frame.braces++;
        advance(TokenType.OPEN_BRACE, 1);
      }
      case '}' -> closeBrace(frame);
      case '=' -> {
        if (follows('>')) {
          advance(TokenType.FAT_ARROW, 2);
        } else {
          choose('=', TokenType.EQUAL_EQUAL, TokenType.EQUAL);
        }
      }
      case '.' -> {
        if (source.startsWith("...", pos)) {
          advance(TokenType.ELLIPSIS, 3);
        } else {
          advance(TokenType.DOT, 1);
        }
      }
      case ',' -> advance(TokenType.COMMA, 1);
      case '[' -> advance(TokenType.OPEN_BRACKET, 1);
      case ']' -> advance(TokenType.CLOSE_BRACKET, 1);
      case '(' -> advance(TokenType.OPEN_PAREN, 1);
      case ')' -> advance(TokenType.CLOSE_PAREN, 1);
      default -> {
        return lexOtherToken(frame, c);
      }
    }
    return true;
  }

  private boolean lexOtherToken(Frame frame, char c) {
    switch (c) {
      case '\r' -> {
        if (follows('\n')) {
          advance(TokenType.NEWLINE, 2);
        } else {
          invalid();
        }
      }
      case '#' -> skipLineComment();
      case '/' -> {
        if (follows('/')) {
          skipLineComment();
        } else if (follows('*')) {
          return skipBlockComment();
        } else {
          advance(TokenType.SLASH, 1);
        }
      }
      case '<' -> {
        if (!heredoc()) {
          choose('=', TokenType.LESS_EQUAL, TokenType.LESS);
        }
      }
      case '~' -> {
        if (follows('}') && endsSequence(frame)) {
          advance(TokenType.TEMPLATE_SEQUENCE_END, 2);
          pop();
        } else {
          invalid();
        }
      }
      case '!' -> choose('=', TokenType.NOT_EQUAL, TokenType.BANG);
      case '>' -> choose('=', TokenType.GREATER_EQUAL, TokenType.GREATER);
      case ':' -> choose(':', TokenType.DOUBLE_COLON, TokenType.COLON);
      case '&' -> pair('&', TokenType.AND);
      case '|' -> pair('|', TokenType.OR);
      case '+' -> advance(TokenType.PLUS, 1);
      case '-' -> advance(TokenType.MINUS, 1);
      case '*' -> advance(TokenType.STAR, 1);
      case '%' -> advance(TokenType.PERCENT, 1);
      case '?' -> advance(TokenType.QUESTION, 1);
      default -> {
        if (isDigit(c)) {
          number();
        } else {
          identifier();
        }
      }
    }
    return true;
  }

  private void identifier() {
    int end = identifierEnd(pos);
    if (end > pos) {
      advance(TokenType.IDENTIFIER, end - pos);
    } else {
      invalid();
    }
  }

  private void closeBrace(Frame frame) {
    if (endsSequence(frame)) {
      advance(TokenType.TEMPLATE_SEQUENCE_END, 1);
      pop();
    } else {
      if (frame.braces > 0) {
        frame.braces--;
      }
      advance(TokenType.CLOSE_BRACE, 1);
    }
  }

  private static boolean endsSequence(Frame frame) {
    return frame.mode == Mode.SEQUENCE && frame.braces == 0;
  }

  /** A number; right after a {@code .} only digits, so that {@code a.0.1} is two legacy indexes. */
  private void number() {
    int i = digitsEnd(pos);
    boolean afterDot = count > 0 && tokens[count - 1].type() == TokenType.DOT;
    if (!afterDot) {
      if (i + 1 < length && chars[i] == '.' && isDigit(chars[i + 1])) {
        i = digitsEnd(i + 1);
      }
      if (i < length && (chars[i] == 'e' || chars[i] == 'E')) {
        int j = i + 1;
        if (j < length && (chars[j] == '+' || chars[j] == '-')) {
          j++;
        }
        if (j < length && isDigit(chars[j])) {
          i = digitsEnd(j);
        }
      }
    }
    advance(TokenType.NUMBER, i - pos);
  }

  private int digitsEnd(int from) {
    int i = from;
    while (i < length && isDigit(chars[i])) {
      i++;
    }
    return i;
  }

  /** {@code <<EOT} or {@code <<-EOT}, then the end of the line: opens a heredoc. */
  private boolean heredoc() {
    if (!follows('<')) {
      return false;
    }
    int markerStart = pos + 2;
    if (markerStart < length && chars[markerStart] == '-') {
      markerStart++;
    }
    int markerEnd = identifierEnd(markerStart);
    int lineEnd = markerEnd;
    if (lineEnd < length && chars[lineEnd] == '\r') {
      lineEnd++;
    }
    if (markerEnd == markerStart || lineEnd >= length || chars[lineEnd] != '\n') {
      return false;
    }
    Token opener = advance(TokenType.HEREDOC_OPEN, lineEnd + 1 - pos);
    push(Mode.HEREDOC, opener, source.substring(markerStart, markerEnd));
    return true;
  }

  private void skipLineComment() {
    int newline = source.indexOf('\n', pos);
    if (newline < 0) {
      pos = length;
    } else {
      pos = newline > pos && chars[newline - 1] == '\r' ? newline - 1 : newline;
    }
  }

  private boolean skipBlockComment() {
    int close = source.indexOf("*/", pos + 2);
    if (close < 0) {
      return fail(length, "expected \"*/\" to close the comment opened at " + position(pos)
          + " but found end of file");
    }
    pos = close + 2;
    return true;
  }

  private boolean lexQuoted(Frame frame) {
    if (pos >= length) {
      return fail(pos, unterminatedString(frame, "end of file"));
    }
    char c = chars[pos];
    if (c == '"') {
      advance(TokenType.CLOSE_QUOTE, 1);
      pop();
      return true;
    }
    if (c == '\n' || c == '\r') {
      return fail(pos, unterminatedString(frame, "end of line"));
    }
    if (openSequence(frame)) {
      return true;
    }
    int end = quotedTextEnd(pos);
    if (end < 0) {
      return false;
    }
    advance(TokenType.QUOTED_TEXT, end - pos);
    return true;
  }

  private String unterminatedString(Frame frame, String found) {
    return "expected a closing quote for the string opened at " + position(frame.opener)
        + " but found " + found;
  }

  /** The end of quoted text starting at {@code from}, or -1 after an invalid escape. */
  private int quotedTextEnd(int from) {
    int i = from;
    while (i < length) {
      char c = chars[i];
      if (c == '"' || c == '\n' || c == '\r') {
        return i;
      } else if (c == '\\') {
        i = escapeEnd(i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '$' || c == '%') {
        if (startsSequence(i)) {
          return i;
        }
        i += escapedSequenceLength(i);
      } else {
        i++;
      }
    }
    return i;
  }

  /** Checks the escape sequence at {@code backslash}; its end, or -1 after reporting it. */
  private int escapeEnd(int backslash) {
    if (backslash + 1 >= length) {
      return failEscape(backslash, "end of file");
    }
    char selector = chars[backslash + 1];
    return switch (selector) {
      case 'n', 'r', 't', '"', '\\' -> backslash + 2;
      case 'u' -> unicodeEscapeEnd(backslash, 4);
      case 'U' -> unicodeEscapeEnd(backslash, 8);
      case '\n', '\r' -> failEscape(backslash, "end of line");
      default -> failEscape(backslash,
          "\"\\" + Character.toString(source.codePointAt(backslash + 1)) + "\"");
    };
  }

  private int failEscape(int backslash, String found) {
    fail(backslash, "expected an escape sequence (" + ESCAPES + ") but found " + found);
    return -1;
  }

  private int unicodeEscapeEnd(int backslash, int digits) {
    int first = backslash + 2;
    long value = 0;
    for (int i = first; i < first + digits; i++) {
      int digit = i < length ? hexValue(chars[i]) : -1;
      if (digit < 0) {
        fail(backslash, "expected " + digits + " hexadecimal digits after \"\\"
            + chars[backslash + 1] + "\" but found \"" + source.substring(backslash, i)
            + "\"");
        return -1;
      }
      value = value * 16 + digit;
    }
    int end = first + digits;
    if (value > Character.MAX_CODE_POINT
        || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
      fail(backslash, "expected a Unicode scalar value but found \""
          + source.substring(backslash, end) + "\"");
      return -1;
    }
    return end;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private boolean lexHeredoc(Frame frame) {
    if (pos >= length) {
      return fail(pos, "expected the heredoc end marker \"" + frame.marker
          + "\" for the heredoc opened at " + position(frame.opener) + " but found end of file");
    }
    if (frame.startOfLine && closeHeredoc(frame)) {
      return true;
    }
    if (!openSequence(frame)) {
      int end = rawLineEnd(pos);
      frame.startOfLine = chars[end - 1] == '\n';
      advance(TokenType.RAW_TEXT, end - pos);
    }
    return true;
  }

  /** The end marker alone on its line, spaces around it allowed, ends the heredoc. */
  private boolean closeHeredoc(Frame frame) {
    int markerStart = pos;
    while (markerStart < length
        && (chars[markerStart] == ' ' || chars[markerStart] == '\t')) {
      markerStart++;
    }
    if (!source.startsWith(frame.marker, markerStart)) {
      return false;
    }
    int markerEnd = markerStart + frame.marker.length();
    int i = markerEnd;
    while (i < length && (chars[i] == ' ' || chars[i] == '\t')) {
      i++;
    }
    if (i < length && chars[i] == '\r') {
      i++;
    }
    if (i < length && chars[i] != '\n') {
      return false;
    }
    emit(TokenType.HEREDOC_CLOSE, markerStart, markerEnd);
    pos = markerEnd;
    pop();
    return true;
  }

  private boolean lexBare(Frame frame) {
    if (pos >= length) {
      emit(TokenType.END_OF_FILE, pos, pos);
      return false;
    }
    if (!openSequence(frame)) {
      advance(TokenType.RAW_TEXT, rawLineEnd(pos) - pos);
    }
    return true;
  }

  /** The end of raw text starting at {@code from}: after a newline, or before a sequence. */
  private int rawLineEnd(int from) {
    int i = from;
    while (i < length) {
      char c = chars[i];
      if (c == '\n') {
        return i + 1;
      } else if (c == '$' || c == '%') {
        if (startsSequence(i)) {
          return i;
        }
        i += escapedSequenceLength(i);
      } else {
        i++;
      }
    }
    return i;
  }

  /** Opens a <code>${</code> or <code>%{</code> sequence, if one starts here. */
  private boolean openSequence(Frame frame) {
    if (!startsSequence(pos)) {
      return false;
    }
    boolean strip = pos + 2 < length && chars[pos + 2] == '~';
    TokenType type =
        chars[pos] == '$' ? TokenType.TEMPLATE_INTERPOLATION : TokenType.TEMPLATE_CONTROL;
    Token opener = advance(type, strip ? 3 : 2);
    frame.startOfLine = false;
    push(Mode.SEQUENCE, opener, null);
    return true;
  }

  private boolean startsSequence(int i) {
    char c = chars[i];
    return (c == '$' || c == '%') && i + 1 < length && chars[i + 1] == '{';
  }

  /** 3 for the literal escapes <code>$${</code> and <code>%%{</code>, else 1. */
  private int escapedSequenceLength(int i) {
    char c = chars[i];
    return i + 2 < length && chars[i + 1] == c && chars[i + 2] == '{' ? 3 : 1;
  }

  private boolean follows(char c) {
    return pos + 1 < length && chars[pos + 1] == c;
  }

  private void choose(char second, TokenType twoChars, TokenType oneChar) {
    if (follows(second)) {
      advance(twoChars, 2);
    } else {
      advance(oneChar, 1);
    }
  }

  private void pair(char second, TokenType type) {
    if (follows(second)) {
      advance(type, 2);
    } else {
      invalid();
    }
  }

  private void invalid() {
    advance(TokenType.INVALID, Character.charCount(source.codePointAt(pos)));
  }

  private int identifierEnd(int from) {
    if (from >= length || !isIdentifierStart(source.codePointAt(from))) {
      return from;
    }
    int i = from + Character.charCount(source.codePointAt(from));
    while (i < length) {
      int codePoint = source.codePointAt(i);
      if (!isIdentifierPart(codePoint)) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static boolean isIdentifierStart(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z')
          || (codePoint >= 'A' && codePoint <= 'Z')
          || codePoint == '_';
    }
    return Character.isUnicodeIdentifierStart(codePoint);
  }

  private static boolean isIdentifierPart(int codePoint) {
    if (codePoint < 0x80) {
      return isIdentifierStart(codePoint) || isDigit((char) codePoint) || codePoint == '-';
    }
    return Character.isUnicodeIdentifierPart(codePoint)
        && !Character.isIdentifierIgnorable(codePoint);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Token advance(TokenType type, int chars) {
    Token token = emit(type, pos, pos + chars);
    pos += chars;
    return token;
  }

  private Token emit(TokenType type, int start, int end) {
    track(start);
    Token token = new Token(type, start, end, trackedLine, trackedColumn);
    if (count == tokens.length) {
      tokens = Arrays.copyOf(tokens, count * 2);
    }
    tokens[count++] = token;
    return token;
  }

  private boolean fail(int offset, String message) {
    error = new TerraformSyntaxException(position(offset), message);
    emit(TokenType.ERROR, offset, offset);
    return false;
  }

  private SourcePosition position(int offset) {
    track(offset);
    return new SourcePosition(file, trackedLine, trackedColumn);
  }

  private SourcePosition position(Token token) {
    return new SourcePosition(file, token.line(), token.column());
  }

  /** Moves the line and column cursor forward to {@code offset}. */
  private void track(int offset) {
    for (int i = trackedOffset; i < offset; i++) {
      char c = chars[i];
      if (c == '\n') {
        trackedLine++;
        trackedColumn = 1;
      } else if (!Character.isLowSurrogate(c)) {
        trackedColumn++;
      }
    }
    trackedOffset = Math.max(trackedOffset, offset);
  }
}
