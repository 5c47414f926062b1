package io.github.genesysdivisions.terraform.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.hcl.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tables {@code eval/expressions.txt} (every construct) and {@code eval/functions.txt} (every
 * function): each line an expression and the exact value, or a part of the error, Terraform gives.
 */
class ExpressionTableTest {

  static Path resource(String name) throws URISyntaxException {
    return Path.of(ExpressionTableTest.class.getResource("/eval/" + name).toURI());
  }

  static Stream<Arguments> cases(String table) throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(resource(table), StandardCharsets.UTF_8);
    return lines.stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> {
          int arrow = line.lastIndexOf(" ==> ");
          return Arguments.of(line.substring(0, arrow), line.substring(arrow + 5));
        });
  }

  static Stream<Arguments> expressions() throws Exception {
    return cases("expressions.txt");
  }

  static Stream<Arguments> functions() throws Exception {
    return cases("functions.txt");
  }

  /** var.* for the tables, typed as a variable block would type them. */
  static Context context() throws Exception {
    Functions functions = new Functions(resource("files"));
    Evaluator constant = new Evaluator(Context.constant(functions, "a test"));
    Map<String, Value> variables = Map.of(
        "env", new Value.Str("prod"),
        "n", Value.Num.of(3),
        "teams", Type.convert(
            constant.evaluate(Parser.parseExpression(
                "{sales = {members = [\"ann\", \"bob\"]}, care = {members = []}}", "vars")),
            Type.parse(Parser.parseExpression("map(object({members = list(string)}))", "vars"), constant), "test"),
        "names", Value.Seq.list(List.of(new Value.Str("b"), new Value.Str("a"))),
        "nothing", Value.NULL,
        "later", new Value.Unknown("var.later is known only after apply (test)"));
    return new Context() {
      @Override
      public Resolved resolve(String root, List<String> names, SourcePosition at) {
        if (root.equals("var") && !names.isEmpty()) {
          Value value = variables.get(names.get(0));
          if (value == null) {
            throw new EvaluationError(at, "there is no variable named \"" + names.get(0) + "\"");
          }
          return new Resolved(value, 1);
        }
        throw new EvaluationError(at, "a reference (" + root + ") is not allowed in this test");
      }

      @Override
      public Functions functions() {
        return functions;
      }
    };
  }

  static void check(String expression, String expected) throws Exception {
    Evaluator evaluator = new Evaluator(context());
    if (expected.startsWith("!")) {
      EvaluationError error = assertThrows(EvaluationError.class,
          () -> evaluator.evaluate(Parser.parseExpression(expression, "expr")),
          () -> expression + " should fail");
      assertNotNull(error.position(), "the error of " + expression + " has no position");
      assertTrue(error.getMessage().contains(expected.substring(1)),
          () -> expression + " failed with \"" + error.getMessage() + "\", not with \"" + expected.substring(1) + "\"");
      return;
    }
    assertEquals(expected, ValueText.of(evaluator.evaluate(Parser.parseExpression(expression, "expr"))), expression);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("expressions")
  void evaluatesEveryConstruct(String expression, String expected) throws Exception {
    check(expression, expected);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("functions")
  void evaluatesEveryFunction(String expression, String expected) throws Exception {
    check(expression, expected);
  }
}
