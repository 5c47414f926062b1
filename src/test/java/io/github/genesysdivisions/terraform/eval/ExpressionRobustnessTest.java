package io.github.genesysdivisions.terraform.eval;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import io.github.genesysdivisions.terraform.hcl.Expression;
import io.github.genesysdivisions.terraform.hcl.Parser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutations of every expression of the tables (seeded): each gives a value, a positioned syntax
 * error or a positioned evaluation error, never another exception, and never hangs.
 */
class ExpressionRobustnessTest {

  private static final long SEED = 4242L;
  private static final int MUTATIONS = 20_000;
  private static final String[] INSERTS = {
      "(", ")", "[", "]", "{", "}", "\"", ",", "...", "null", "-1", "0", "1e9", "99999", "%", "%d",
      "%[9]s", "%*d", "\\", "/", "/(/", "[*]", ".*", "var.later", "var.nothing", "var.teams", "true",
      " ? ", " : ", "!", "==", "range(", "for x in ", "=>", "${", "%{", "~", "é", "🤔"};

  @Test
  void givesAValueOrAPositionedErrorForEveryMutation() {
    assertTimeoutPreemptively(Duration.ofMinutes(2), this::mutateAll);
  }

  private void mutateAll() throws Exception {
    List<String> expressions = new ArrayList<>();
    for (String table : List.of("expressions.txt", "functions.txt")) {
      for (String line : Files.readAllLines(ExpressionTableTest.resource(table), StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expressions.add(line.substring(0, line.lastIndexOf(" ==> ")));
        }
      }
    }
    Context context = ExpressionTableTest.context();
    Random random = new Random(SEED);
    int values = 0;
    int errors = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      String mutated = mutate(expressions.get(random.nextInt(expressions.size())), random);
      Expression expression;
      try {
        expression = Parser.parseExpression(mutated, "expr");
      } catch (TerraformSyntaxException e) {
        assertNotNull(e.position());
        errors++;
        continue;
      }
      try {
        new Evaluator(context).evaluate(expression);
        values++;
      } catch (EvaluationError e) {
        assertNotNull(e.position(), () -> mutated + ": " + e.getMessage());
        errors++;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(mutated + " threw " + e, e);
      }
    }
    assertTrue(values > 1000 && errors > 1000, "values " + values + ", errors " + errors);
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int count = 1 + random.nextInt(2);
    for (int m = 0; m < count; m++) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(4)));
        case 1 -> out.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        default -> {
          int end = Math.min(out.length(), at + random.nextInt(12));
          out.insert(random.nextInt(out.length() + 1), out.substring(at, end));
        }
      }
    }
    return out.toString();
  }
}
