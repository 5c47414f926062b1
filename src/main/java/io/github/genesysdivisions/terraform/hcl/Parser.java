package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;

/**
 * Parses HCL native syntax, as HashiCorp's hclsyntax specification defines it, into trees of
 * {@link Body} and {@link Expression} nodes that carry their source positions. It stops at the
 * first error, with a {@link TerraformSyntaxException} that says where, what was expected and what
 * was found; it never returns a partial tree.
 */
public final class Parser {

  private Parser() {}

  /**
   * Parses a configuration file, such as a {@code .tf} or {@code .tfvars} file.
   *
   * @param source the file's text
   * @param file the name positions carry, relative to the Terraform directory with {@code /}
   */
  public static Body parseConfig(String source, String file) throws TerraformSyntaxException {
    Lexer lexer = new Lexer(source, file);
    lexer.tokenizeCode();
    TokenCursor tokens = new TokenCursor(lexer, true);
    return new BodyParser(tokens).parseFile(new SourcePosition(file, 1, 1));
  }

  /**
   * Parses one expression, such as the value of {@code -var name=value}; newlines are allowed
   * anywhere in it, as if it were in parentheses.
   *
   * @param source the expression's text
   * @param file the name positions carry
   */
  public static Expression parseExpression(String source, String file)
      throws TerraformSyntaxException {
    Lexer lexer = new Lexer(source, file);
    lexer.tokenizeCode();
    TokenCursor tokens = new TokenCursor(lexer, false);
    Expression expression = new ExpressionParser(tokens).parseExpression();
    tokens.expect(TokenType.END_OF_FILE, "the end of the expression");
    return expression;
  }

  /**
   * Parses a whole source as a template, as Terraform's {@code templatefile} function reads it.
   *
   * @param source the template's text
   * @param file the name positions carry
   */
  public static TemplateExpression parseTemplate(String source, String file)
      throws TerraformSyntaxException {
    Lexer lexer = new Lexer(source, file);
    lexer.tokenizeTemplate();
    TokenCursor tokens = new TokenCursor(lexer, false);
    return new ExpressionParser(tokens).templates().parseFile(new SourcePosition(file, 1, 1));
  }

  /**
   * Parses a text that is a template as a whole and starts at {@code line}:{@code column} of its
   * file: a string of a JSON configuration file, which Terraform reads as a template.
   *
   * @param source the template's text, escapes of the enclosing format already decoded
   * @param file the name positions carry
   * @param line the line the text starts on
   * @param column the column the text starts at
   */
  public static TemplateExpression parseTemplate(String source, String file, int line, int column)
      throws TerraformSyntaxException {
    Lexer lexer = new Lexer(source, file, line, column);
    lexer.tokenizeTemplate();
    TokenCursor tokens = new TokenCursor(lexer, false);
    return new ExpressionParser(tokens).templates().parseFile(new SourcePosition(file, line, column));
  }
}
