package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserLimitsTest {

  private static final String TOO_DEEP =
      " nest more than 256 levels deep here, which this plugin does not support";

  private static String error(String source) {
    return assertThrows(TerraformSyntaxException.class, () -> Parser.parseConfig(source, "t.tf"))
        .getMessage();
  }

  @Test
  void acceptsDeepButReasonableNesting() throws TerraformSyntaxException {
    String source = "x = " + "[".repeat(200) + "1" + "]".repeat(200);
    Expression expression = Parser.parseConfig(source, "t.tf").attribute("x").orElseThrow()
        .expression();
    for (int i = 0; i < 200; i++) {
      expression = ((TupleExpression) expression).elements().get(0);
    }
    assertEquals("1", AstDump.dump(expression));
  }

  @ParameterizedTest(name = "{0} x{1}")
  @CsvSource({
      "'[', 300, 261",
      "'(', 100000, 261",
      "'{a=', 300, 771",
      "'f(', 300, 517",
      "'-', 100000, 261",
      "'!', 100000, 261",
      "'a ? b : ', 100000, 2049",
      "'\"${', 300, 773"
  })
  void rejectsDeeperNestingWithAnErrorInsteadOfAStackOverflow(
      String opener, int times, int column) {
    assertEquals("t.tf:1:" + column + ": blocks and expressions" + TOO_DEEP,
        error("x = " + opener.repeat(times) + "1"));
  }

  @Test
  void rejectsDeeplyNestedBlocks() {
    assertEquals("t.tf:257:3: blocks and expressions" + TOO_DEEP, error("a {\n".repeat(300)));
  }

  @Test
  void rejectsDeeplyNestedSplats() {
    assertEquals("t.tf:1:774: blocks and expressions" + TOO_DEEP,
        error("x = a" + "[*]".repeat(100000)));
  }

  @Test
  void rejectsDeeplyNestedTemplateDirectives() {
    assertEquals("t.tf:1:2310: template directives" + TOO_DEEP,
        error("x = \"" + "%{ if a }".repeat(300) + "\""));
  }

  @Test
  void parsesLongFlatChainsWithoutRecursion() throws TerraformSyntaxException {
    Expression sum = Parser.parseExpression("1" + " + 1".repeat(100000), "t.tf");
    assertEquals(BinaryOperator.ADD, ((BinaryExpression) sum).operator());
    Expression path = Parser.parseExpression("a" + ".b".repeat(100000), "t.tf");
    assertEquals("b", ((AttributeAccess) path).name());
  }

  @Test
  void parsesALargeConfigurationQuickly() throws IOException, URISyntaxException {
    String file = Files.readString(Path.of(ParserLimitsTest.class
        .getResource("/terraform/realistic/main.tf").toURI()), StandardCharsets.UTF_8);
    int copies = 1_600_000 / file.length() + 1;
    String source = file.repeat(copies);
    Body body = assertTimeout(Duration.ofSeconds(10), () -> Parser.parseConfig(source, "big.tf"));
    assertEquals(24 * copies, body.blocks().size());
  }
}
