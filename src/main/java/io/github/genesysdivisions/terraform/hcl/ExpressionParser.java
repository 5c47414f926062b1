package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for HCL expressions, following hclsyntax: a conditional over binary
 * operations (by precedence climbing), over unary operations, over terms followed by attribute,
 * index and splat accesses.
 */
final class ExpressionParser {

  static final String AFTER_FOR = "a variable name after \"for\"";
  static final String AFTER_COMMA = "a variable name after \",\"";
  private static final String CLOSE_TUPLE_FOR = "\"]\" to close the for expression opened at ";
  private static final String CLOSE_OBJECT_FOR = "\"}\" to close the for expression opened at ";

  private final TokenCursor tokens;
  private final TemplateParser templates;

  ExpressionParser(TokenCursor tokens) {
    this.tokens = tokens;
    this.templates = new TemplateParser(tokens, this);
  }

  TemplateParser templates() {
    return templates;
  }

  /** One expression; stops at the first token that cannot continue it. */
  Expression parseExpression() throws TerraformSyntaxException {
    tokens.enter();
    Expression condition = parseBinary(1);
    Expression result = condition;
    if (tokens.at(TokenType.QUESTION)) {
      Token question = tokens.next();
      Expression trueResult = parseExpression();
      tokens.expectClosing(TokenType.COLON, "\":\" for the \"?\" at ", question);
      Expression falseResult = parseExpression();
      result = new ConditionalExpression(condition, trueResult, falseResult, condition.position());
    }
    tokens.leave();
    return result;
  }

  /** Operations whose operators bind at least as tight as {@code minimumPrecedence}. */
  private Expression parseBinary(int minimumPrecedence) throws TerraformSyntaxException {
    Expression left = parseOperand();
    while (true) {
      BinaryOperator operator = binaryOperator(tokens.peek().type());
      if (operator == null || operator.precedence() < minimumPrecedence) {
        return left;
      }
      tokens.next();
      Expression right = parseBinary(operator.precedence() + 1);
      left = new BinaryExpression(operator, left, right, left.position());
    }
  }

  private static BinaryOperator binaryOperator(TokenType type) {
    return switch (type) {
      case OR -> BinaryOperator.OR;
      case AND -> BinaryOperator.AND;
      case EQUAL_EQUAL -> BinaryOperator.EQUAL;
      case NOT_EQUAL -> BinaryOperator.NOT_EQUAL;
      case LESS -> BinaryOperator.LESS;
      case LESS_EQUAL -> BinaryOperator.LESS_OR_EQUAL;
      case GREATER -> BinaryOperator.GREATER;
      case GREATER_EQUAL -> BinaryOperator.GREATER_OR_EQUAL;
      case PLUS -> BinaryOperator.ADD;
      case MINUS -> BinaryOperator.SUBTRACT;
      case STAR -> BinaryOperator.MULTIPLY;
      case SLASH -> BinaryOperator.DIVIDE;
      case PERCENT -> BinaryOperator.MODULO;
      default -> null;
    };
  }

  /** A term with the accesses that follow it. */
  private Expression parseOperand() throws TerraformSyntaxException {
    return parseAccesses(parseTerm());
  }

  private Expression parseTerm() throws TerraformSyntaxException {
    Token token = tokens.peek();
    return switch (token.type()) {
      case NUMBER -> number(tokens.next());
      case IDENTIFIER -> identifier(tokens.next());
      case OPEN_QUOTE -> templates.parseQuoted(tokens.next());
      case HEREDOC_OPEN -> templates.parseHeredoc(tokens.next());
      case OPEN_PAREN -> parentheses(tokens.next());
      case OPEN_BRACKET -> tuple(tokens.next());
      case OPEN_BRACE -> object(tokens.next());
      case MINUS -> unary(tokens.next(), UnaryOperator.NEGATE);
      case BANG -> unary(tokens.next(), UnaryOperator.NOT);
      default -> throw tokens.error(token, "an expression");
    };
  }

  private NumberLiteral number(Token token) throws TerraformSyntaxException {
    String text = tokens.text(token);
    try {
      // most numbers are small whole numbers: parsed as a long, they skip BigDecimal's parser
      BigDecimal value = text.length() <= 18 && isDigits(text)
          ? BigDecimal.valueOf(Long.parseLong(text)) : new BigDecimal(text);
      return new NumberLiteral(value, tokens.position(token));
    } catch (NumberFormatException e) {
      throw tokens.fail(token, "the number " + text + " is out of range");
    }
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private Expression identifier(Token name) throws TerraformSyntaxException {
    String text = tokens.text(name);
    SourcePosition position = tokens.position(name);
    if (tokens.at(TokenType.OPEN_PAREN) || tokens.at(TokenType.DOUBLE_COLON)) {
      return functionCall(text, position);
    }
    return switch (text) {
      case "true" -> new BoolLiteral(true, position);
      case "false" -> new BoolLiteral(false, position);
      case "null" -> new NullLiteral(position);
      default -> new VariableExpression(text, position);
    };
  }

  private FunctionCall functionCall(String firstName, SourcePosition position)
      throws TerraformSyntaxException {
    String name = firstName;
    while (tokens.at(TokenType.DOUBLE_COLON)) {
      tokens.next();
      name = name + "::" + tokens.text(
          tokens.expect(TokenType.IDENTIFIER, "a function name after \"::\""));
    }
    if (!tokens.at(TokenType.OPEN_PAREN)) {
      throw tokens.error(tokens.peek(), "\"(\" after the function name " + name);
    }
    tokens.next();
    tokens.includeNewlines(false);
    List<Expression> arguments = new ArrayList<>(4);
    boolean expandFinalArgument = false;
    while (!tokens.at(TokenType.CLOSE_PAREN) && !tokens.at(TokenType.END_OF_FILE)) {
      arguments.add(parseExpression());
      if (tokens.at(TokenType.ELLIPSIS)) {
        tokens.next();
        expandFinalArgument = true;
        break;
      }
      if (!tokens.at(TokenType.COMMA)) {
        break;
      }
      tokens.next();
    }
    if (!tokens.at(TokenType.CLOSE_PAREN)) {
      String expected = expandFinalArgument ? "\")\" after \"...\"" : "\",\" or \")\"";
      throw tokens.error(tokens.peek(), expected + " in the call to " + name + " at " + position);
    }
    tokens.next();
    tokens.restoreNewlines();
    return new FunctionCall(name, arguments, expandFinalArgument, position);
  }

  private ParenthesesExpression parentheses(Token open) throws TerraformSyntaxException {
    tokens.includeNewlines(false);
    Expression inner = parseExpression();
    tokens.expectClosing(TokenType.CLOSE_PAREN, "\")\" to close the \"(\" at ", open);
    tokens.restoreNewlines();
    return new ParenthesesExpression(inner, tokens.position(open));
  }

  private UnaryExpression unary(Token operator, UnaryOperator kind)
      throws TerraformSyntaxException {
    tokens.enter();
    Expression operand = parseOperand();
    tokens.leave();
    return new UnaryExpression(kind, operand, tokens.position(operator));
  }

  private Expression tuple(Token open) throws TerraformSyntaxException {
    tokens.includeNewlines(false);
    Expression result;
    if (tokens.atKeyword("for")) {
      result = forExpression(open, TokenType.CLOSE_BRACKET);
    } else {
      List<Expression> elements = new ArrayList<>();
      while (!tokens.at(TokenType.CLOSE_BRACKET) && !tokens.at(TokenType.END_OF_FILE)) {
        elements.add(parseExpression());
        if (!tokens.at(TokenType.COMMA)) {
          break;
        }
        tokens.next();
      }
      tokens.expectClosing(TokenType.CLOSE_BRACKET, "\",\" or \"]\" in the tuple opened at ", open);
      result = new TupleExpression(elements, tokens.position(open));
    }
    tokens.restoreNewlines();
    return result;
  }

  private Expression object(Token open) throws TerraformSyntaxException {
    tokens.includeNewlines(false);
    boolean isFor = tokens.atKeyword("for");
    if (isFor) {
      Expression result = forExpression(open, TokenType.CLOSE_BRACE);
      tokens.restoreNewlines();
      return result;
    }
    tokens.restoreNewlines();
    tokens.includeNewlines(true);
    List<ObjectItem> items = new ArrayList<>();
    while (true) {
      Token token = tokens.peek();
      if (token.type() == TokenType.NEWLINE) {
        tokens.next();
        continue;
      }
      if (token.type() == TokenType.CLOSE_BRACE) {
        tokens.next();
        break;
      }
      if (token.type() == TokenType.END_OF_FILE) {
        throw tokens.error(token, "\"}\" to close the object opened at " + tokens.position(open));
      }
      items.add(objectItem());
      Token separator = tokens.peek();
      if (separator.type() == TokenType.CLOSE_BRACE) {
        tokens.next();
        break;
      }
      if (separator.type() != TokenType.COMMA && separator.type() != TokenType.NEWLINE) {
        throw tokens.error(separator, "\",\" or end of line after the object item, or \"}\" to"
            + " close the object opened at " + tokens.position(open));
      }
      tokens.next();
    }
    tokens.restoreNewlines();
    return new ObjectExpression(items, tokens.position(open));
  }

  private ObjectItem objectItem() throws TerraformSyntaxException {
    Expression key = objectKey(parseExpression());
    Token separator = tokens.peek();
    if (separator.type() != TokenType.EQUAL && separator.type() != TokenType.COLON) {
      throw tokens.error(separator, "\"=\" or \":\" after the object key");
    }
    tokens.next();
    Expression value = parseExpression();
    return new ObjectItem(key, value, key.position());
  }

  /** A bare name is the literal key; a bare reference such as {@code a.b} is ambiguous. */
  private Expression objectKey(Expression key) throws TerraformSyntaxException {
    String name = null;
    if (key instanceof VariableExpression variable) {
      name = variable.name();
    } else if (key instanceof BoolLiteral bool) {
      name = String.valueOf(bool.value());
    } else if (key instanceof NullLiteral) {
      name = "null";
    } else if ((key instanceof AttributeAccess || key instanceof IndexAccess) && isReference(key)) {
      throw tokens.fail(key.position(), "expected an object key but found a reference; put it"
          + " in parentheses to use its value, or in quotes for a name with periods");
    }
    if (name == null) {
      return key;
    }
    return new TemplateExpression(List.of(new TemplateLiteral(name, key.position())),
        key.position());
  }

  /** Whether {@code expression} is a name followed by attribute accesses and literal indexes. */
  private static boolean isReference(Expression expression) {
    if (expression instanceof VariableExpression) {
      return true;
    }
    if (expression instanceof AttributeAccess access) {
      return isReference(access.object());
    }
    if (expression instanceof IndexAccess index) {
      boolean literalKey = index.key() instanceof NumberLiteral
          || (index.key() instanceof TemplateExpression template
              && template.literalValue().isPresent());
      return literalKey && isReference(index.collection());
    }
    return false;
  }

  /** The rest of a {@code for} expression; the next token is {@code for}. */
  private ForExpression forExpression(Token open, TokenType closer)
      throws TerraformSyntaxException {
    tokens.next();
    String valueVariable = variable(AFTER_FOR);
    String keyVariable = null;
    if (tokens.at(TokenType.COMMA)) {
      tokens.next();
      keyVariable = valueVariable;
      valueVariable = variable(AFTER_COMMA);
    }
    if (!tokens.atKeyword("in")) {
      throw tokens.error(tokens.peek(), "\"in\" after the variables of the for expression");
    }
    tokens.next();
    Expression collection = parseExpression();
    tokens.expect(TokenType.COLON, "\":\" after the collection of the for expression");
    boolean buildsObject = closer == TokenType.CLOSE_BRACE;
    Expression keyResult = null;
    Expression valueResult = parseExpression();
    boolean grouping = false;
    if (buildsObject) {
      tokens.expect(TokenType.FAT_ARROW, "\"=>\" after the key of the for expression");
      keyResult = valueResult;
      valueResult = parseExpression();
      if (tokens.at(TokenType.ELLIPSIS)) {
        tokens.next();
        grouping = true;
      }
    }
    Expression condition = null;
    if (tokens.atKeyword("if")) {
      tokens.next();
      condition = parseExpression();
    }
    tokens.expectClosing(closer, closer == TokenType.CLOSE_BRACE ? CLOSE_OBJECT_FOR
        : CLOSE_TUPLE_FOR, open);
    return new ForExpression(keyVariable, valueVariable, collection, keyResult, valueResult,
        grouping, condition, tokens.position(open));
  }

  private String variable(String expected) throws TerraformSyntaxException {
    return tokens.text(tokens.expect(TokenType.IDENTIFIER, expected));
  }

  /** Attribute, index and splat accesses following {@code from}. */
  private Expression parseAccesses(Expression from) throws TerraformSyntaxException {
    Expression result = from;
    SourcePosition start = from.position();
    while (true) {
      Token token = tokens.peek();
      if (token.type() == TokenType.DOT) {
        result = dotAccess(result, tokens.next(), start);
      } else if (token.type() == TokenType.OPEN_BRACKET) {
        result = bracketAccess(result, tokens.next(), start);
      } else {
        return result;
      }
    }
  }

  /** {@code .name}, the legacy index {@code .0}, or the attribute-only splat {@code .*}. */
  private Expression dotAccess(Expression object, Token dot, SourcePosition start)
      throws TerraformSyntaxException {
    Token name = tokens.next();
    return switch (name.type()) {
      case IDENTIFIER -> new AttributeAccess(object, tokens.text(name), start);
      case NUMBER -> new IndexAccess(object, number(name), start);
      case STAR -> attributeSplat(object, dot, start);
      default -> throw tokens.error(name, "an attribute name after \".\"");
    };
  }

  private SplatExpression attributeSplat(Expression source, Token dot, SourcePosition start)
      throws TerraformSyntaxException {
    SplatItem item = new SplatItem(tokens.position(dot));
    Expression each = item;
    while (tokens.at(TokenType.DOT)) {
      tokens.next();
      Token name = tokens.next();
      each = switch (name.type()) {
        case IDENTIFIER -> new AttributeAccess(each, tokens.text(name), item.position());
        case NUMBER -> new IndexAccess(each, number(name), item.position());
        default -> throw tokens.error(name, "an attribute name after \".\" in a splat expression");
      };
    }
    return new SplatExpression(source, each, false, start);
  }

  /** {@code [key]}, or the full splat {@code [*]} with every access that follows it. */
  private Expression bracketAccess(Expression collection, Token open, SourcePosition start)
      throws TerraformSyntaxException {
    if (tokens.at(TokenType.STAR)) {
      tokens.next();
      tokens.expect(TokenType.CLOSE_BRACKET, "\"]\" after \"[*\"");
      tokens.enter();
      Expression each = parseAccesses(new SplatItem(tokens.position(open)));
      tokens.leave();
      return new SplatExpression(collection, each, true, start);
    }
    tokens.includeNewlines(false);
    Expression key = parseExpression();
    tokens.expectClosing(TokenType.CLOSE_BRACKET, "\"]\" to close the index opened at ", open);
    tokens.restoreNewlines();
    return new IndexAccess(collection, key, start);
  }
}
