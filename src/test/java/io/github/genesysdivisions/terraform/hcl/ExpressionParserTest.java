package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

  private static String parse(String source) throws TerraformSyntaxException {
    return AstDump.dump(Parser.parseExpression(source, "t.tf"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
      "42 § 42",
      "1.50 § 1.50",
      "1e3 § 1E+3",
      "2.5E-1 § 0.25",
      "true § true",
      "false § false",
      "null § null",
      "`\"hello\"` § `(template \"hello\")`",
      "`\"\"` § (template)",
      "[] § (tuple)",
      "`[1, \"a\", [true]]` § `(tuple 1 (template \"a\") (tuple true))`",
      "`[1, 2,]` § (tuple 1 2)",
      "{} § (object)",
      "`{ a = 1, \"b\": 2, (c) = 3, 4 = 5, true = 6, null = 7 }` § "
          + "`(object (= (template \"a\") 1) (= (template \"b\") 2) (= (paren c) 3) (= 4 5)"
          + " (= (template \"true\") 6) (= (template \"null\") 7))`",
      "`{ (var.k) = 1, \"${x}\" = 2, upper(\"y\") = 3 }` § "
          + "`(object (= (paren (. var k)) 1) (= (template (${} x)) 2)"
          + " (= (call upper (template \"y\")) 3))`",
      "var § var",
      "var.name § (. var name)",
      "local.a.b.c § (. (. (. local a) b) c)",
      "a[0] § ([] a 0)",
      "`a[\"key\"]` § `([] a (template \"key\"))`",
      "a[b.c][d] § ([] ([] a (. b c)) d)",
      "a.0 § ([] a 0)",
      "a.0.1 § ([] ([] a 0) 1)",
      "a.0.b § (. ([] a 0) b)",
      "a.true § (. a true)",
      "a.*.b.c § (.* a (. (. * b) c))",
      "a.*.b[0] § ([] (.* a (. * b)) 0)",
      "a.*.0 § (.* a ([] * 0))",
      "a.* § (.* a *)",
      "a[*] § ([*] a *)",
      "a[*].b[0].c § ([*] a (. ([] (. * b) 0) c))",
      "a[*].b[*].c § ([*] a ([*] (. * b) (. * c)))",
      "f() § (call f)",
      "`f(1, \"x\", g(y))` § `(call f 1 (template \"x\") (call g y))`",
      "f(1, 2,) § (call f 1 2)",
      "f(a, b...) § (call f a b...)",
      "provider::terraform::encode_tfvars(x) § (call provider::terraform::encode_tfvars x)",
      "f(x).y[0] § ([] (. (call f x) y) 0)",
      "[for v in x : v] § (for[] _ v x v)",
      "[for i, v in x : v * i if i > 0] § (for[] i v x (* v i) if (> i 0))",
      "{for k, v in x : k => v} § (for{} k v x k => v)",
      "{for k, v in x : upper(k) => v... if v != null} § "
          + "(for{} k v x (call upper k) => v... if (!= v null))",
      "[for x in [for y in z : y] : {n = x}] § "
          + "`(for[] _ x (for[] _ y z y) (object (= (template \"n\") x)))`",
      "a ? b : c § (? a b c)",
      "a ? b : c ? d : e § (? a b (? c d e))",
      "a ? b ? c : d : e § (? a (? b c d) e)",
      "`a == 1 ? \"x\" : \"y\"` § `(? (== a 1) (template \"x\") (template \"y\"))`",
      "-1 § (- 1)",
      "!a § (! a)",
      "!!a § (! (! a))",
      "- -1 § (- (- 1))",
      "-a.b + c § (+ (- (. a b)) c)",
      "-f(x)[0] § (- ([] (call f x) 0))",
      "a || b && c == d + e * f § (|| a (&& b (== c (+ d (* e f)))))",
      "a * b + c > d == e && f || g § (|| (&& (== (> (+ (* a b) c) d) e) f) g)",
      "1 - 2 - 3 § (- (- 1 2) 3)",
      "8 / 4 / 2 § (/ (/ 8 4) 2)",
      "a % b * c § (* (% a b) c)",
      "a < b != c >= d § (!= (< a b) (>= c d))",
      "a <= b == c > d § (== (<= a b) (> c d))",
      "(a + b) * c § (* (paren (+ a b)) c)",
      "!(a && b) || c § (|| (! (paren (&& a b))) c)",
      "x == null ? [] : [x] § (? (== x null) (tuple) (tuple x))"
  })
  void parsesExpressionForms(String source, String expected) throws TerraformSyntaxException {
    assertEquals(expected, parse(source));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
      "`(a\n+\nb)` § (paren (+ a b))",
      "`[\n  1,\n  2\n]` § (tuple 1 2)",
      "`f(\n  a,\n  b...\n)` § (call f a b...)",
      "`[\n  for x in y :\n  x\n  if x\n]` § (for[] _ x y x if x)",
      "`{\n  a = 1\n\n  b = 2,\n  c = 3 }` § "
          + "`(object (= (template \"a\") 1) (= (template \"b\") 2) (= (template \"c\") 3))`",
      "`a[\n0\n]` § ([] a 0)",
      "`a ? (\n b\n) : c` § (? a (paren b) c)"
  })
  void ignoresNewlinesInsideBracketsButNotBetweenObjectItems(String source, String expected)
      throws TerraformSyntaxException {
    assertEquals(expected, parse(source));
  }

  private static SourcePosition at(int column) {
    return new SourcePosition("t.tf", 1, column);
  }

  private static VariableExpression variable(String name, int column) {
    return new VariableExpression(name, at(column));
  }

  @Test
  void givesEveryNodeOfAnOperationItsPosition() throws TerraformSyntaxException {
    Expression expected = new BinaryExpression(BinaryOperator.OR, variable("a", 1),
        new BinaryExpression(BinaryOperator.AND, variable("b", 6),
            new BinaryExpression(BinaryOperator.EQUAL, variable("c", 11),
                new BinaryExpression(BinaryOperator.ADD, variable("d", 16),
                    new BinaryExpression(BinaryOperator.MULTIPLY, variable("e", 20),
                        variable("f", 24), at(20)),
                    at(16)),
                at(11)),
            at(6)),
        at(1));
    assertEquals(expected, Parser.parseExpression("a || b && c == d + e * f", "t.tf"));
  }

  @Test
  void givesAccessesTheirStartAndSplatItemsTheMarker() throws TerraformSyntaxException {
    Expression expected = new SplatExpression(
        new AttributeAccess(variable("var", 1), "list", at(1)),
        new AttributeAccess(new IndexAccess(new SplatItem(at(9)),
            new NumberLiteral(BigDecimal.ZERO, at(13)), at(9)), "id", at(9)),
        true, at(1));
    assertEquals(expected, Parser.parseExpression("var.list[*][0].id", "t.tf"));
  }

  @Test
  void givesCallsConditionalsAndUnaryOperationsTheirPositions()
      throws TerraformSyntaxException {
    Expression expected = new ConditionalExpression(
        new UnaryExpression(UnaryOperator.NOT, variable("a", 2), at(1)),
        new FunctionCall("f", List.of(new NumberLiteral(BigDecimal.ONE, at(8)),
            new ParenthesesExpression(variable("b", 12), at(11))), false, at(6)),
        new TupleExpression(List.of(new BoolLiteral(true, at(19)), new NullLiteral(at(25))),
            at(18)),
        at(1));
    assertEquals(expected, Parser.parseExpression("!a ? f(1, (b)) : [true, null]", "t.tf"));
  }

  @Test
  void givesForExpressionsAndObjectItemsTheirPositions() throws TerraformSyntaxException {
    ForExpression expected = new ForExpression("k", "v", variable("m", 14), variable("k", 18),
        new ObjectExpression(List.of(new ObjectItem(
            new TemplateExpression(List.of(new TemplateLiteral("n", at(25))), at(25)),
            variable("v", 29), at(25))), at(23)),
        false, null, at(1));
    assertEquals(expected, Parser.parseExpression("{for k, v in m : k => { n = v }}", "t.tf"));
  }

  @Test
  void readsNumbersExactly() throws TerraformSyntaxException {
    NumberLiteral number =
        (NumberLiteral) Parser.parseExpression("12345678901234567890.1234567890", "t.tf");
    assertEquals(new BigDecimal("12345678901234567890.1234567890"), number.value());
    assertEquals("12345678901234567890.1234567890", number.value().toPlainString());
  }
}
