package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import io.github.genesysdivisions.terraform.hcl.TemplatePiece.Kind;
import io.github.genesysdivisions.terraform.hcl.TemplatePiece.Sequence;
import io.github.genesysdivisions.terraform.hcl.TemplatePiece.Text;
import java.util.ArrayList;
import java.util.List;

/** Parses quoted strings, heredocs and template files into {@link TemplateExpression}s. */
final class TemplateParser {

  private static final String DIRECTIVE_KEYWORDS =
      "a template directive keyword (if, else, endif, for or endfor)";

  private final TokenCursor tokens;
  private final ExpressionParser expressions;

  TemplateParser(TokenCursor tokens, ExpressionParser expressions) {
    this.tokens = tokens;
    this.expressions = expressions;
  }

  /** A quoted template; {@code open} is its consumed opening quote. */
  TemplateExpression parseQuoted(Token open) throws TerraformSyntaxException {
    return parse(tokens.position(open), TokenType.CLOSE_QUOTE, false);
  }

  /** A heredoc; {@code open} is its consumed {@code <<EOT} or {@code <<-EOT} line. */
  TemplateExpression parseHeredoc(Token open) throws TerraformSyntaxException {
    boolean indented = tokens.source().charAt(open.start() + 2) == '-';
    return parse(tokens.position(open), TokenType.HEREDOC_CLOSE, indented);
  }

  /** A whole source read as a template, up to the end of the file. */
  TemplateExpression parseFile(SourcePosition start) throws TerraformSyntaxException {
    return parse(start, TokenType.END_OF_FILE, false);
  }

  private TemplateExpression parse(SourcePosition start, TokenType closer, boolean flush)
      throws TerraformSyntaxException {
    String source = tokens.source();
    List<TemplatePiece> pieces = new ArrayList<>(4);
    while (true) {
      Token token = tokens.next();
      TokenType type = token.type();
      if (type == closer) {
        List<TemplatePart> parts = flush ? null : TemplateAssembler.plain(pieces);
        if (parts == null) {
          parts = TemplateAssembler.assemble(pieces, flush, tokens.position(token));
        }
        return new TemplateExpression(parts, start);
      } else if (type == TokenType.QUOTED_TEXT) {
        pieces.add(new Text(tokens.shared(Literals.quoted(source, token.start(), token.end())),
            tokens.position(token)));
      } else if (type == TokenType.RAW_TEXT) {
        pieces.add(new Text(Literals.raw(source, token.start(), token.end()),
            tokens.position(token)));
      } else if (type == TokenType.TEMPLATE_INTERPOLATION) {
        pieces.add(interpolation(token));
      } else if (type == TokenType.TEMPLATE_CONTROL) {
        pieces.add(directive(token));
      } else {
        throw tokens.error(token, closer.description());
      }
    }
  }

  private Sequence interpolation(Token open) throws TerraformSyntaxException {
    tokens.includeNewlines(false);
    Expression expression = expressions.parseExpression();
    Token close = tokens.expectClosing(TokenType.TEMPLATE_SEQUENCE_END,
        "\"}\" to close the interpolation opened at ", open);
    tokens.restoreNewlines();
    return sequence(Kind.INTERPOLATION, expression, null, null, open, close);
  }

  private Sequence directive(Token open) throws TerraformSyntaxException {
    tokens.includeNewlines(false);
    Token keyword = tokens.expect(TokenType.IDENTIFIER, DIRECTIVE_KEYWORDS);
    String word = tokens.text(keyword);
    Kind kind;
    Expression expression = null;
    String keyVariable = null;
    String valueVariable = null;
    switch (word) {
      case "if" -> {
        kind = Kind.IF;
        expression = expressions.parseExpression();
      }
      case "else" -> kind = Kind.ELSE;
      case "endif" -> kind = Kind.END_IF;
      case "endfor" -> kind = Kind.END_FOR;
      case "for" -> {
        kind = Kind.FOR;
        valueVariable = variable(ExpressionParser.AFTER_FOR);
        if (tokens.at(TokenType.COMMA)) {
          tokens.next();
          keyVariable = valueVariable;
          valueVariable = variable(ExpressionParser.AFTER_COMMA);
        }
        if (!tokens.atKeyword("in")) {
          throw tokens.error(tokens.peek(), "\"in\" after the variables of the for directive");
        }
        tokens.next();
        expression = expressions.parseExpression();
      }
      default -> throw tokens.error(keyword, DIRECTIVE_KEYWORDS);
    }
    Token close = tokens.expectClosing(TokenType.TEMPLATE_SEQUENCE_END,
        "\"}\" to end the " + kind + " directive opened at ", open);
    tokens.restoreNewlines();
    return sequence(kind, expression, keyVariable, valueVariable, open, close);
  }

  private String variable(String expected) throws TerraformSyntaxException {
    return tokens.text(tokens.expect(TokenType.IDENTIFIER, expected));
  }

  private Sequence sequence(Kind kind, Expression expression, String keyVariable,
      String valueVariable, Token open, Token close) {
    boolean stripBefore = open.end() - open.start() == 3;
    boolean stripAfter = tokens.source().charAt(close.start()) == '~';
    return new Sequence(kind, expression, keyVariable, valueVariable, stripBefore, stripAfter,
        tokens.position(open));
  }
}
