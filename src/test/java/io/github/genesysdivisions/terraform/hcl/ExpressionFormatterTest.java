package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionFormatterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
      "var.name",
      "`\"${var.env}-sales\"`",
      "`\"a\\\"b\\\\c\\n$${d} %%{e} $ %\"`",
      "`\"%{ if a }x%{ else }y%{ endif }%{ for k, v in m }${k}%{ endfor }\"`",
      "`upper(local.names[0])`",
      "`f(a, b...)`",
      "`[1, true, null, 2.5]`",
      "`{ \"a\" = 1, (b) = [] }`",
      "{}",
      "`a.*.b`",
      "`a[*].b[0]`",
      "`[for k, v in m : v if k != \"\"]`",
      "`{for k, v in m : k => v...}`",
      "`a ? b : c ? d : e`",
      "`(a ? b : c) ? d : e`",
      "`-a.b + !c * (d - e)`",
      "`a - (b - c)`",
      "`a || b && c == d + e * f`"
  })
  void writesExpressionsBackAsTheyParse(String source) throws TerraformSyntaxException {
    assertEquals(source, ExpressionFormatter.format(Parser.parseExpression(source, "t.tf")));
  }

  @Test
  void addsParenthesesThatPrecedenceNeeds() {
    SourcePosition at = new SourcePosition("t.tf", 1, 1);
    Expression sum = new BinaryExpression(BinaryOperator.ADD, new VariableExpression("a", at),
        new VariableExpression("b", at), at);
    Expression product = new BinaryExpression(BinaryOperator.MULTIPLY, sum,
        new BinaryExpression(BinaryOperator.MULTIPLY, new VariableExpression("c", at),
            new VariableExpression("d", at), at), at);
    assertEquals("(a + b) * (c * d)", ExpressionFormatter.format(product));
    assertEquals("-(a + b)",
        ExpressionFormatter.format(new UnaryExpression(UnaryOperator.NEGATE, sum, at)));
    assertEquals("(a + b).x", ExpressionFormatter.format(new AttributeAccess(sum, "x", at)));
  }

  @Test
  void writesHeredocsAsQuotedStrings() throws TerraformSyntaxException {
    assertEquals("\"one\\n${two}\\n\"", ExpressionFormatter.format(
        Parser.parseConfig("x = <<EOT\none\n${two}\nEOT\n", "t.tf").attribute("x").orElseThrow()
            .expression()));
  }
}
