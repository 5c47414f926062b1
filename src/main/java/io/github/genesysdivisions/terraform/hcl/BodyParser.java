package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses bodies: attributes and blocks, one per line, blocks nested in braces, and the
 * single-line block {@code type "label" { name = value }} with one attribute.
 */
final class BodyParser {

  private final TokenCursor tokens;
  private final ExpressionParser expressions;

  BodyParser(TokenCursor tokens) {
    this.tokens = tokens;
    this.expressions = new ExpressionParser(tokens);
  }

  /** The body of a whole file, starting at {@code start}. */
  Body parseFile(SourcePosition start) throws TerraformSyntaxException {
    return new Body(parseItems(null), start);
  }

  /** Items up to the end of the file, or up to the <code>}</code> closing {@code openBrace}. */
  private List<BodyItem> parseItems(Token openBrace) throws TerraformSyntaxException {
    List<BodyItem> items = new ArrayList<>();
    Map<String, Attribute> attributes = new HashMap<>();
    while (true) {
      Token token = tokens.peek();
      TokenType type = token.type();
      if (type == TokenType.NEWLINE) {
        tokens.next();
      } else if (type == TokenType.IDENTIFIER) {
        BodyItem item = parseItem(tokens.next());
        if (item instanceof Attribute attribute) {
          checkUnique(attribute, attributes);
        }
        items.add(item);
      } else if (openBrace == null && type == TokenType.END_OF_FILE) {
        return items;
      } else if (openBrace != null && type == TokenType.CLOSE_BRACE) {
        tokens.next();
        return items;
      } else if (openBrace != null && type == TokenType.END_OF_FILE) {
        throw tokens.error(token,
            "\"}\" to close the block opened at " + tokens.position(openBrace));
      } else {
        throw tokens.error(token, "an attribute name or a block type");
      }
    }
  }

  private static void checkUnique(Attribute attribute, Map<String, Attribute> attributes)
      throws TerraformSyntaxException {
    Attribute previous = attributes.putIfAbsent(attribute.name(), attribute);
    if (previous != null) {
      SourcePosition first = previous.position();
      throw new TerraformSyntaxException(attribute.position(), "attribute \"" + attribute.name()
          + "\" was already defined at " + first.file() + ":" + first.line());
    }
  }

  private BodyItem parseItem(Token name) throws TerraformSyntaxException {
    String text = tokens.text(name);
    Token next = tokens.peek();
    return switch (next.type()) {
      case EQUAL -> attribute(name, text, false);
      case OPEN_QUOTE, IDENTIFIER, OPEN_BRACE -> block(name, text);
      default -> throw tokens.error(next, "\"=\" or \"{\" after \"" + text + "\"");
    };
  }

  /** The rest of an attribute; the next token is its {@code =}. */
  private Attribute attribute(Token name, String text, boolean singleLine) throws TerraformSyntaxException {
    tokens.next();
    Expression expression = expressions.parseExpression();
    if (!singleLine) {
      Token end = tokens.peek();
      if (end.type() == TokenType.NEWLINE) {
        tokens.next();
      } else if (end.type() != TokenType.END_OF_FILE) {
        throw tokens.error(end, "end of line after the value of \"" + text + "\"");
      }
    }
    return new Attribute(text, expression, tokens.position(name));
  }

  private Block block(Token name, String type) throws TerraformSyntaxException {
    List<String> labels = new ArrayList<>(2);
    Token token = tokens.peek();
    while (token.type() != TokenType.OPEN_BRACE) {
      if (token.type() == TokenType.IDENTIFIER) {
        labels.add(tokens.text(tokens.next()));
      } else if (token.type() == TokenType.OPEN_QUOTE) {
        labels.add(quotedLabel(tokens.next()));
      } else {
        throw tokens.error(token, "\"{\" after the labels of block \"" + type + "\", or \"=\" if \""
            + type + "\" is an attribute,");
      }
      token = tokens.peek();
    }
    tokens.enter();
    Token open = tokens.next();
    TokenType first = tokens.peek().type();
    Body body = first == TokenType.NEWLINE || first == TokenType.END_OF_FILE
        || first == TokenType.CLOSE_BRACE
        ? new Body(parseItems(open), tokens.position(open))
        : singleLineBody(open);
    tokens.leave();
    Token end = tokens.peek();
    if (end.type() == TokenType.NEWLINE) {
      tokens.next();
    } else if (end.type() != TokenType.END_OF_FILE) {
      throw tokens.error(end, "end of line after the \"}\" of block \"" + type + "\"");
    }
    return new Block(type, labels, body, tokens.position(name));
  }

  private Body singleLineBody(Token open) throws TerraformSyntaxException {
    Token name = tokens.expect(TokenType.IDENTIFIER, "an attribute name");
    Token equals = tokens.peek();
    if (equals.type() != TokenType.EQUAL) {
      throw tokens.error(equals, "\"=\" after \"" + tokens.text(name)
          + "\" (a block on one line holds one attribute)");
    }
    Attribute attribute = attribute(name, tokens.text(name), true);
    tokens.expectClosing(TokenType.CLOSE_BRACE, "\"}\" to close the single-line block opened at ",
        open);
    return new Body(List.of(attribute), tokens.position(open));
  }

  /** A label in quotes: literal text only. */
  private String quotedLabel(Token open) throws TerraformSyntaxException {
    StringBuilder label = new StringBuilder();
    Token token = tokens.next();
    while (token.type() != TokenType.CLOSE_QUOTE) {
      if (token.type() != TokenType.QUOTED_TEXT) {
        throw tokens.error(token, "a block label without interpolation or directives");
      }
      label.append(Literals.quoted(tokens.source(), token.start(), token.end()));
      token = tokens.next();
    }
    return label.toString();
  }
}
