package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexerTest {

  /** Token types, with the text in parentheses for tokens whose text varies; no end of file. */
  private static String tokens(String source) {
    Lexer lexer = new Lexer(source, "t.tf");
    List<Token> tokens = lexer.tokenizeCode();
    assertNull(lexer.error());
    assertEquals(TokenType.END_OF_FILE, tokens.get(tokens.size() - 1).type());
    return tokens.subList(0, tokens.size() - 1).stream()
        .map(token -> describe(source, token))
        .collect(Collectors.joining(" "));
  }

  private static String describe(String source, Token token) {
    return switch (token.type()) {
      case IDENTIFIER, NUMBER, QUOTED_TEXT, RAW_TEXT, INVALID, HEREDOC_CLOSE, TEMPLATE_INTERPOLATION,
          TEMPLATE_CONTROL, TEMPLATE_SEQUENCE_END ->
          token.type() + "(" + source.substring(token.start(), token.end()) + ")";
      default -> token.type().name();
    };
  }

  static Stream<Arguments> tokenSequences() {
    return Stream.of(
        Arguments.of("a = 1", "IDENTIFIER(a) EQUAL NUMBER(1)"),
        Arguments.of("x-y_z2 = 1.5e+3", "IDENTIFIER(x-y_z2) EQUAL NUMBER(1.5e+3)"),
        Arguments.of("_a 12E-2 1. 1e", "IDENTIFIER(_a) NUMBER(12E-2) NUMBER(1) DOT NUMBER(1) IDENTIFIER(e)"),
        Arguments.of("a.0.1", "IDENTIFIER(a) DOT NUMBER(0) DOT NUMBER(1)"),
        Arguments.of("1.5.b", "NUMBER(1.5) DOT IDENTIFIER(b)"),
        Arguments.of("café = \"日本\"",
            "IDENTIFIER(café) EQUAL OPEN_QUOTE QUOTED_TEXT(日本) CLOSE_QUOTE"),
        Arguments.of("a # one\nb // two\r\nc /* three\nfour */ d\n",
            "IDENTIFIER(a) NEWLINE IDENTIFIER(b) NEWLINE IDENTIFIER(c) IDENTIFIER(d) NEWLINE"),
        Arguments.of("\"a${b}c\"",
            "OPEN_QUOTE QUOTED_TEXT(a) TEMPLATE_INTERPOLATION(${) IDENTIFIER(b)"
                + " TEMPLATE_SEQUENCE_END(}) QUOTED_TEXT(c) CLOSE_QUOTE"),
        Arguments.of("\"${ {a=1} }\"",
            "OPEN_QUOTE TEMPLATE_INTERPOLATION(${) OPEN_BRACE IDENTIFIER(a) EQUAL NUMBER(1)"
                + " CLOSE_BRACE TEMPLATE_SEQUENCE_END(}) CLOSE_QUOTE"),
        Arguments.of("\"%{~ if x ~}\"",
            "OPEN_QUOTE TEMPLATE_CONTROL(%{~) IDENTIFIER(if) IDENTIFIER(x)"
                + " TEMPLATE_SEQUENCE_END(~}) CLOSE_QUOTE"),
        Arguments.of("\"$${a} %%{b} \\\" \\\\ $ %\"",
            "OPEN_QUOTE QUOTED_TEXT($${a} %%{b} \\\" \\\\ $ %) CLOSE_QUOTE"),
        Arguments.of("\"a${\"b${c}\"}\"",
            "OPEN_QUOTE QUOTED_TEXT(a) TEMPLATE_INTERPOLATION(${) OPEN_QUOTE QUOTED_TEXT(b)"
                + " TEMPLATE_INTERPOLATION(${) IDENTIFIER(c) TEMPLATE_SEQUENCE_END(}) CLOSE_QUOTE"
                + " TEMPLATE_SEQUENCE_END(}) CLOSE_QUOTE"),
        Arguments.of("x = <<EOT\nhello ${name}\n  EOT\ny",
            "IDENTIFIER(x) EQUAL HEREDOC_OPEN RAW_TEXT(hello ) TEMPLATE_INTERPOLATION(${)"
                + " IDENTIFIER(name) TEMPLATE_SEQUENCE_END(}) RAW_TEXT(\n) HEREDOC_CLOSE(EOT)"
                + " NEWLINE IDENTIFIER(y)"),
        Arguments.of("<<-EOT\r\n  a\r\n  EOTX\r\nEOT",
            "HEREDOC_OPEN RAW_TEXT(  a\r\n) RAW_TEXT(  EOTX\r\n) HEREDOC_CLOSE(EOT)"),
        Arguments.of("a < <b", "IDENTIFIER(a) LESS LESS IDENTIFIER(b)"),
        Arguments.of("a @ b & c ~d", "IDENTIFIER(a) INVALID(@) IDENTIFIER(b) INVALID(&)"
            + " IDENTIFIER(c) INVALID(~) IDENTIFIER(d)"),
        Arguments.of("a...b=>c::d", "IDENTIFIER(a) ELLIPSIS IDENTIFIER(b) FAT_ARROW IDENTIFIER(c)"
            + " DOUBLE_COLON IDENTIFIER(d)"));
  }

  @ParameterizedTest
  @MethodSource("tokenSequences")
  void splitsSourceIntoTokens(String source, String expected) {
    assertEquals(expected, tokens(source));
  }

  static Stream<Arguments> operators() {
    return Stream.of(
        Arguments.of("==", TokenType.EQUAL_EQUAL), Arguments.of("!=", TokenType.NOT_EQUAL),
        Arguments.of("<", TokenType.LESS), Arguments.of("<=", TokenType.LESS_EQUAL),
        Arguments.of(">", TokenType.GREATER), Arguments.of(">=", TokenType.GREATER_EQUAL),
        Arguments.of("&&", TokenType.AND), Arguments.of("||", TokenType.OR),
        Arguments.of("!", TokenType.BANG), Arguments.of("+", TokenType.PLUS),
        Arguments.of("-", TokenType.MINUS), Arguments.of("*", TokenType.STAR),
        Arguments.of("/", TokenType.SLASH), Arguments.of("%", TokenType.PERCENT),
        Arguments.of("?", TokenType.QUESTION), Arguments.of(":", TokenType.COLON),
        Arguments.of("=>", TokenType.FAT_ARROW), Arguments.of("...", TokenType.ELLIPSIS),
        Arguments.of(".", TokenType.DOT), Arguments.of("[", TokenType.OPEN_BRACKET),
        Arguments.of("]", TokenType.CLOSE_BRACKET), Arguments.of("{", TokenType.OPEN_BRACE),
        Arguments.of("}", TokenType.CLOSE_BRACE), Arguments.of("(", TokenType.OPEN_PAREN),
        Arguments.of(")", TokenType.CLOSE_PAREN), Arguments.of(",", TokenType.COMMA),
        Arguments.of("=", TokenType.EQUAL), Arguments.of("::", TokenType.DOUBLE_COLON));
  }

  @ParameterizedTest
  @MethodSource("operators")
  void readsEachOperator(String source, TokenType type) {
    assertEquals(type.name(), tokens(source));
  }

  @Test
  void countsLinesAndColumnsInCodePoints() {
    String source = "a = \"é😀\" + b\n\tc\r\n  d";
    List<Token> tokens = new Lexer(source, "t.tf").tokenizeCode();
    List<String> positions = tokens.stream()
        .map(token -> token.type() + "@" + token.line() + ":" + token.column())
        .toList();
    assertEquals(List.of("IDENTIFIER@1:1", "EQUAL@1:3", "OPEN_QUOTE@1:5", "QUOTED_TEXT@1:6",
        "CLOSE_QUOTE@1:8", "PLUS@1:10", "IDENTIFIER@1:12", "NEWLINE@1:13", "IDENTIFIER@2:2",
        "NEWLINE@2:3", "IDENTIFIER@3:3", "END_OF_FILE@3:4"), positions);
  }

  @Test
  void skipsByteOrderMark() {
    Token first = new Lexer("\uFEFFa = 1", "t.tf").tokenizeCode().get(0);
    assertEquals(List.of(TokenType.IDENTIFIER, 1, 1, 1),
        List.of(first.type(), first.start(), first.line(), first.column()));
  }

  @Test
  void reportsHeredocPositionsPerLine() {
    List<Token> tokens = new Lexer("x = <<EOT\n  one\ntwo ${y}\nEOT\n", "t.tf").tokenizeCode();
    List<String> positions = tokens.stream()
        .map(token -> token.type() + "@" + token.line() + ":" + token.column())
        .toList();
    assertEquals(List.of("IDENTIFIER@1:1", "EQUAL@1:3", "HEREDOC_OPEN@1:5", "RAW_TEXT@2:1",
        "RAW_TEXT@3:1", "TEMPLATE_INTERPOLATION@3:5", "IDENTIFIER@3:7",
        "TEMPLATE_SEQUENCE_END@3:8", "RAW_TEXT@3:9", "HEREDOC_CLOSE@4:1", "NEWLINE@4:4",
        "END_OF_FILE@5:1"), positions);
  }

  @Test
  void keepsTokensBeforeALexicalErrorAndEndsWithIt() {
    Lexer lexer = new Lexer("a = 1\nb = \"open\n", "t.tf");
    List<String> types = lexer.tokenizeCode().stream().map(token -> token.type().name()).toList();
    assertEquals(List.of("IDENTIFIER", "EQUAL", "NUMBER", "NEWLINE", "IDENTIFIER", "EQUAL",
        "OPEN_QUOTE", "QUOTED_TEXT", "ERROR"), types);
    assertEquals("t.tf:2:10: expected a closing quote for the string opened at t.tf:2:5 but found"
        + " end of line", lexer.error().getMessage());
  }

  @Test
  void readsBareTemplates() {
    Lexer lexer = new Lexer("a ${b}\n%{ if c }d%{ endif }", "t.tmpl");
    List<String> types =
        lexer.tokenizeTemplate().stream().map(token -> token.type().name()).toList();
    assertEquals(List.of("RAW_TEXT", "TEMPLATE_INTERPOLATION", "IDENTIFIER",
        "TEMPLATE_SEQUENCE_END", "RAW_TEXT", "TEMPLATE_CONTROL", "IDENTIFIER", "IDENTIFIER",
        "TEMPLATE_SEQUENCE_END", "RAW_TEXT", "TEMPLATE_CONTROL", "IDENTIFIER",
        "TEMPLATE_SEQUENCE_END", "END_OF_FILE"), types);
  }
}
