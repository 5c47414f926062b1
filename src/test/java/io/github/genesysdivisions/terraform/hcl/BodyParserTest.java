package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyParserTest {

  private static String parse(String source) throws TerraformSyntaxException {
    return AstDump.dump(Parser.parseConfig(source, "t.tf"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
      "`` § {}",
      "`\n\n# only a comment\n// another\n/* and\n a block */\n` § {}",
      "a = 1 § {a=1}",
      "`a = 1\nb = true\n` § {a=1 b=true}",
      "`a = 1 # comment\nb = 2 // comment\nc = 3 /* comment */\n` § {a=1 b=2 c=3}",
      "`a = 1\r\nb {\r\n  c = 2\r\n}\r\n` § {a=1 b {c=2}}",
      "`block \"l1\" l2 {\n  b = true\n  nested {\n  }\n}\nc = \"x\"\n` § "
          + "`{block \"l1\" \"l2\" {b=true nested {}} c=(template \"x\")}`",
      "`a \"b\" { c = 1 }\nd {}\ne \"f\" \"g\" {}\n` § `{a \"b\" {c=1} d {} e \"f\" \"g\" {}}`",
      "`x \"a\\\"b\\u00e9\" {}` § `{x \"a\\\"bé\" {}}`",
      "`ñame = \"ü\"\nπ {}\n` § `{ñame=(template \"ü\") π {}}`",
      "`a = <<EOT\nx\nEOT\nb = 2\n` § `{a=(template \"x\\n\") b=2}`",
      "`a = {\n  b = 1\n  c = [\n    2,\n  ]\n}\nd = 3\n` § "
          + "`{a=(object (= (template \"b\") 1) (= (template \"c\") (tuple 2))) d=3}`",
      "`outer {\n  x = 1\n  inner {\n    x = 2\n  }\n}\nx = 3\n` § {outer {x=1 inner {x=2}} x=3}",
      "`dynamic \"setting\" {\n  for_each = var.s\n  content {\n    v = setting.value\n  }\n}` § "
          + "`{dynamic \"setting\" {for_each=(. var s) content {v=(. setting value)}}}`"
  })
  void parsesBodies(String source, String expected) throws TerraformSyntaxException {
    assertEquals(expected, parse(source));
  }

  @Test
  void givesBlocksAttributesAndBodiesTheirPositions() throws TerraformSyntaxException {
    Body file = Parser.parseConfig(
        "# header\nresource \"x\" \"y\" {\n  name = \"n\"\n  lifecycle { ignore_changes = [] }\n}\n",
        "dir/main.tf");
    assertEquals(new SourcePosition("dir/main.tf", 1, 1), file.position());
    Block resource = file.blocks().get(0);
    assertEquals(new SourcePosition("dir/main.tf", 2, 1), resource.position());
    assertEquals(new SourcePosition("dir/main.tf", 2, 18), resource.body().position());
    Attribute name = resource.body().attribute("name").orElseThrow();
    assertEquals(new Attribute("name", new TemplateExpression(
        List.of(new TemplateLiteral("n", new SourcePosition("dir/main.tf", 3, 11))),
        new SourcePosition("dir/main.tf", 3, 10)), new SourcePosition("dir/main.tf", 3, 3)), name);
    Block lifecycle = resource.body().blocks().get(0);
    assertEquals(new SourcePosition("dir/main.tf", 4, 3), lifecycle.position());
    assertEquals(new SourcePosition("dir/main.tf", 4, 13), lifecycle.body().position());
    assertEquals(new SourcePosition("dir/main.tf", 4, 15),
        lifecycle.body().attributes().get(0).position());
  }

  @Test
  void keepsItemsInSourceOrder() throws TerraformSyntaxException {
    Body body = Parser.parseConfig("a = 1\nb {}\nc = 2\nd {}\n", "t.tf");
    assertEquals(List.of("a", "b", "c", "d"), body.items().stream()
        .map(item -> item instanceof Attribute attribute ? attribute.name()
            : ((Block) item).type())
        .toList());
    assertEquals(List.of("a", "c"), body.attributes().stream().map(Attribute::name).toList());
    assertEquals(List.of("b", "d"), body.blocks().stream().map(Block::type).toList());
    assertEquals("c", body.attribute("c").orElseThrow().name());
    assertEquals(false, body.attribute("b").isPresent());
  }

  /** The tree keeps one string per distinct name and literal text of a file (it keeps GC work low). */
  @Test
  void repeatedNamesAndTextsAreOneString() throws TerraformSyntaxException {
    Body body = Parser.parseConfig(
        "a = \"${var.region}-x\"\nb = \"${var.region}-x\"\n", "t.tf");
    TemplateExpression first = (TemplateExpression) body.attributes().get(0).expression();
    TemplateExpression second = (TemplateExpression) body.attributes().get(1).expression();
    AttributeAccess firstRegion = (AttributeAccess) ((TemplateInterpolation) first.parts().get(0)).expression();
    AttributeAccess secondRegion = (AttributeAccess) ((TemplateInterpolation) second.parts().get(0)).expression();

    assertSame(firstRegion.name(), secondRegion.name());
    assertSame(((VariableExpression) firstRegion.object()).name(), ((VariableExpression) secondRegion.object()).name());
    assertSame(((TemplateLiteral) first.parts().get(1)).text(), ((TemplateLiteral) second.parts().get(1)).text());
  }
}
