package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

  /** The value of the attribute {@code x} in {@code source}, dumped. */
  private static String attribute(String source) throws TerraformSyntaxException {
    Body body = Parser.parseConfig(source, "t.tf");
    return AstDump.dump(body.attribute("x").orElseThrow().expression());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
      "`x = \"a\\nb\\r\\t\\\"q\\\" \\\\\"` § `(template \"a\\nb\\r\\t\\\"q\\\" \\\\\")`",
      "`x = \"\\u00e9 \\U0001F600 \\u0041\"` § `(template \"é 😀 A\")`",
      "`x = \"$${literal} %%{also} $$ %% $ % $a\"` § `(template \"${literal} %{also} $$ %% $ % $a\")`",
      "`x = \"Hello, ${var.name}!\"` § `(template \"Hello, \" (${} (. var name)) \"!\")`",
      "`x = \"${x}\"` § `(template (${} x))`",
      "`x = \"${a}${b}\"` § `(template (${} a) (${} b))`",
      "`x = \"${ {a = 1}.a }\"` § `(template (${} (. (object (= (template \"a\") 1)) a)))`",
      "`x = \"${\"in${\"ner\"}\"}\"` § `(template (${} (template \"in\" (${} (template \"ner\")))))`",
      "`x = \"${\n  a\n  + b\n}\"` § `(template (${} (+ a b)))`",
      "`x = \"a  ${~ b ~}  c\"` § `(template \"a\" (${} b) \"c\")`",
      "`x = \"a \\n ${~b}\"` § `(template \"a\" (${} b))`",
      "`x = \" ${~b}\"` § `(template \"\" (${} b))`",
      "`x = \"${b~}  \\n c\"` § `(template (${} b) \"c\")`",
      "`x = \"%{ if a }yes%{ else }no%{ endif }\"` § `(template (if a (then \"yes\") (else \"no\")))`",
      "`x = \"[%{ if a ~} yes %{~ endif }]\"` § `(template \"[\" (if a (then \"yes\") (else)) \"]\")`",
      "`x = \"%{ for k, v in m }${k}=${v},%{ endfor }\"` § "
          + "`(template (for k v m (${} k) \"=\" (${} v) \",\"))`",
      "`x = \"%{ for s in xs }%{ if s != \"\" }<${s}>%{ endif }%{ endfor }.\"` § "
          + "`(template (for _ s xs (if (!= s (template)) (then \"<\" (${} s) \">\") (else))) \".\")`",
      "`x = <<EOT\nhello\n  ${name}\nEOT\n` § `(template \"hello\\n  \" (${} name) \"\\n\")`",
      "`x = <<EOT\nEOT\n` § (template)",
      "`x = <<EOT\na\\nb $${x} \"q\"\nEOT\n` § `(template \"a\\\\nb ${x} \\\"q\\\"\\n\")`",
      "`x = <<EOT\nEOTX\n  EOT  \n` § `(template \"EOTX\\n\")`",
      "`x = <<-EOT\n    line one\n      indented\n    ${name} end\n\n    last\n  EOT\n` § "
          + "`(template \"line one\\n  indented\\n\" (${} name) \" end\\n\\nlast\\n\")`",
      "`x = <<-EOT\n\tone\n\t\ttwo\n\tEOT\n` § `(template \"one\\n\\ttwo\\n\")`",
      "`x = <<-EOT\n  a\n${b}\n  c\nEOT\n` § `(template \"  a\\n\" (${} b) \"\\n  c\\n\")`",
      "`x = <<-EOT\n  %{ for x in xs ~}\n  - ${x}\n  %{ endfor ~}\nEOT\n` § "
          + "`(template \"\" (for _ x xs \"  - \" (${} x) \"\\n\") \"\")`"
  })
  void parsesTemplatesAndHeredocs(String source, String expected)
      throws TerraformSyntaxException {
    assertEquals(expected, attribute(source));
  }

  @Test
  void parsesTemplateFiles() throws TerraformSyntaxException {
    TemplateExpression template = Parser.parseTemplate(
        "Hello ${name}\n%{ for x in xs ~}\n- ${x}\n%{ endfor ~}\nBye \\n \"q\"\n", "t.tmpl");
    assertEquals("(template \"Hello \" (${} name) \"\\n\" (for _ x xs \"- \" (${} x) \"\\n\")"
        + " \"Bye \\\\n \\\"q\\\"\\n\")", AstDump.dump(template));
  }

  @Test
  void literalValueIsTheTextOfLiteralOnlyTemplates() throws TerraformSyntaxException {
    assertEquals(Optional.of("Sales ${x}\n"),
        literal("x = <<EOT\nSales $${x}\nEOT\n"));
    assertEquals(Optional.of(""), literal("x = \"\""));
    assertEquals(Optional.of("a\"b"), literal("x = \"a\\\"b\""));
    assertEquals(Optional.empty(), literal("x = \"a${b}\""));
    assertEquals(Optional.empty(), literal("x = \"%{ if true }a%{ endif }\""));
  }

  private static Optional<String> literal(String source) throws TerraformSyntaxException {
    Body body = Parser.parseConfig(source, "t.tf");
    return ((TemplateExpression) body.attribute("x").orElseThrow().expression()).literalValue();
  }

  @Test
  void givesTemplatePartsTheirPositions() throws TerraformSyntaxException {
    TemplateExpression template = (TemplateExpression) Parser.parseConfig(
        "x = <<-EOT\n    a ${b}\n    %{ if c }d%{ endif }\n  EOT\n", "t.tf")
        .attribute("x").orElseThrow().expression();
    assertEquals(List.of(
        new TemplateLiteral("a ", new SourcePosition("t.tf", 2, 5)),
        new TemplateInterpolation(new VariableExpression("b", new SourcePosition("t.tf", 2, 9)),
            new SourcePosition("t.tf", 2, 7)),
        new TemplateLiteral("\n", new SourcePosition("t.tf", 2, 11)),
        new TemplateIf(new VariableExpression("c", new SourcePosition("t.tf", 3, 11)),
            List.of(new TemplateLiteral("d", new SourcePosition("t.tf", 3, 14))), List.of(),
            new SourcePosition("t.tf", 3, 5)),
        new TemplateLiteral("\n", new SourcePosition("t.tf", 3, 25))), template.parts());
    assertEquals(new SourcePosition("t.tf", 1, 5), template.position());
  }
}
