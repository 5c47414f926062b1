package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.hcl.HclParser;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Label;

/**
 * OpenRewrite's HCL parser as an oracle: on every configuration file of the test corpus, our tree
 * and rewrite-hcl's have the same blocks (type and labels) and attributes (names), in the same
 * order, at every depth. (Expression text is not compared: rewrite-hcl keeps the source's spacing,
 * our tree keeps positions and values; the expression tests pin those down.)
 */
class RewriteHclDifferentialTest {

  private static final Path CORPUS = Path.of("src/test/resources/terraform");

  static Stream<Path> corpus() throws Exception {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".tf")).sorted().toList().stream();
    }
  }

  /**
   * Files rewrite-hcl 8.70 cannot read although they are valid HCL: {@code %{if}} directives in a
   * quoted template. For these the test checks that it still cannot, so the list stays true.
   */
  private static final Set<String> ORACLE_CANNOT_READ = Set.of("realistic/main.tf");

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void sameBlocksLabelsAndAttributes(Path file) throws Exception {
    String source = Files.readString(file);
    List<String> ours = new ArrayList<>();
    outline(Parser.parseConfig(source, file.getFileName().toString()), "", ours);
    String relative = CORPUS.relativize(file).toString().replace('\\', '/');
    if (ORACLE_CANNOT_READ.contains(relative)) {
      assertThrows(AssertionError.class, () -> theirs(source.replace("\\u", "u")));
      return;
    }
    // rewrite-hcl 8.70 cannot lex \\uNNNN escapes, which HCL allows: it gets them without the
    // backslash, which changes no block, label or attribute name of the corpus
    assertEquals(theirs(source.replace("\\u", "u")), ours);
  }

  private static void outline(Body body, String indent, List<String> out) {
    for (BodyItem item : body.items()) {
      if (item instanceof Attribute attribute) {
        out.add(indent + attribute.name() + " =");
      } else if (item instanceof Block block) {
        out.add(indent + block.type() + " " + block.labels());
        outline(block.body(), indent + "  ", out);
      }
    }
  }

  private static List<String> theirs(String source) {
    List<SourceFile> parsed = HclParser.builder().build()
        .parse(new InMemoryExecutionContext(e -> {
          throw new AssertionError("rewrite-hcl could not parse it", e);
        }), source)
        .toList();
    Hcl.ConfigFile file = assertInstanceOf(Hcl.ConfigFile.class, parsed.get(0));
    List<String> out = new ArrayList<>();
    outline(file.getBody(), "", out);
    return out;
  }

  private static void outline(List<BodyContent> body, String indent, List<String> out) {
    for (BodyContent content : body) {
      if (content instanceof Hcl.Attribute attribute) {
        out.add(indent + text(attribute.getName()) + " =");
      } else if (content instanceof Hcl.Block block) {
        List<String> labels = block.getLabels().stream().map(RewriteHclDifferentialTest::text).toList();
        out.add(indent + (block.getType() == null ? "" : block.getType().getName()) + " " + labels);
        outline(block.getBody(), indent + "  ", out);
      }
    }
  }

  private static String text(Label label) {
    return text((Expression) label);
  }

  private static String text(Expression expression) {
    if (expression instanceof Hcl.Identifier identifier) {
      return identifier.getName();
    }
    if (expression instanceof Hcl.Literal literal) {
      return String.valueOf(literal.getValue());
    }
    if (expression instanceof Hcl.QuotedTemplate template) {
      StringBuilder text = new StringBuilder();
      template.getExpressions().forEach(part -> text.append(text(part)));
      return text.toString();
    }
    return expression.getClass().getSimpleName();
  }
}
