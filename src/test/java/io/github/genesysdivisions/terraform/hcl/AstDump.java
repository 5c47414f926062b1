package io.github.genesysdivisions.terraform.hcl;

import java.util.List;

/**
 * Writes a syntax tree as a compact S-expression, so that tests can state a tree's whole shape in
 * one string: {@code (+ a (* b c))}, {@code (. var name)}, {@code (template "x" (${} y))}.
 */
final class AstDump {

  private AstDump() {}

  static String dump(Expression expression) {
    if (expression instanceof NumberLiteral number) {
      return number.value().toString();
    } else if (expression instanceof BoolLiteral bool) {
      return String.valueOf(bool.value());
    } else if (expression instanceof NullLiteral) {
      return "null";
    } else if (expression instanceof TemplateExpression template) {
      return "(template" + parts(template.parts()) + ")";
    } else if (expression instanceof TupleExpression tuple) {
      return "(tuple" + list(tuple.elements()) + ")";
    } else if (expression instanceof ObjectExpression object) {
      StringBuilder out = new StringBuilder("(object");
      for (ObjectItem item : object.items()) {
        out.append(" (= ").append(dump(item.key())).append(' ').append(dump(item.value()))
            .append(')');
      }
      return out.append(')').toString();
    } else if (expression instanceof VariableExpression variable) {
      return variable.name();
    } else if (expression instanceof FunctionCall call) {
      return "(call " + call.name() + list(call.arguments())
          + (call.expandFinalArgument() ? "..." : "") + ")";
    } else if (expression instanceof AttributeAccess access) {
      return "(. " + dump(access.object()) + " " + access.name() + ")";
    } else if (expression instanceof IndexAccess index) {
      return "([] " + dump(index.collection()) + " " + dump(index.key()) + ")";
    } else if (expression instanceof SplatExpression splat) {
      return "(" + (splat.full() ? "[*]" : ".*") + " " + dump(splat.source()) + " "
          + dump(splat.each()) + ")";
    } else if (expression instanceof SplatItem) {
      return "*";
    } else if (expression instanceof ForExpression expr) {
      return (expr.buildsObject() ? "(for{} " : "(for[] ")
          + (expr.keyVariable() == null ? "_" : expr.keyVariable()) + " " + expr.valueVariable()
          + " " + dump(expr.collection())
          + (expr.buildsObject() ? " " + dump(expr.keyResult()) + " =>" : "")
          + " " + dump(expr.valueResult()) + (expr.grouping() ? "..." : "")
          + (expr.condition() == null ? "" : " if " + dump(expr.condition())) + ")";
    } else if (expression instanceof ConditionalExpression conditional) {
      return "(? " + dump(conditional.condition()) + " " + dump(conditional.trueResult()) + " "
          + dump(conditional.falseResult()) + ")";
    } else if (expression instanceof UnaryExpression unary) {
      return "(" + unary.operator().symbol() + " " + dump(unary.operand()) + ")";
    } else if (expression instanceof BinaryExpression binary) {
      return "(" + binary.operator().symbol() + " " + dump(binary.left()) + " "
          + dump(binary.right()) + ")";
    } else if (expression instanceof ParenthesesExpression parentheses) {
      return "(paren " + dump(parentheses.expression()) + ")";
    }
    throw new IllegalArgumentException("unknown expression " + expression);
  }

  static String dump(Body body) {
    StringBuilder out = new StringBuilder("{");
    for (BodyItem item : body.items()) {
      out.append(out.length() > 1 ? " " : "");
      if (item instanceof Attribute attribute) {
        out.append(attribute.name()).append('=').append(dump(attribute.expression()));
      } else {
        Block block = (Block) item;
        out.append(block.type());
        for (String label : block.labels()) {
          out.append(' ').append(quote(label));
        }
        out.append(' ').append(dump(block.body()));
      }
    }
    return out.append('}').toString();
  }

  private static String list(List<Expression> expressions) {
    StringBuilder out = new StringBuilder();
    for (Expression expression : expressions) {
      out.append(' ').append(dump(expression));
    }
    return out.toString();
  }

  private static String parts(List<TemplatePart> parts) {
    StringBuilder out = new StringBuilder();
    for (TemplatePart part : parts) {
      out.append(' ');
      if (part instanceof TemplateLiteral literal) {
        out.append(quote(literal.text()));
      } else if (part instanceof TemplateInterpolation interpolation) {
        out.append("(${} ").append(dump(interpolation.expression())).append(')');
      } else if (part instanceof TemplateIf directive) {
        out.append("(if ").append(dump(directive.condition())).append(" (then")
            .append(parts(directive.thenParts())).append(") (else")
            .append(parts(directive.elseParts())).append("))");
      } else {
        TemplateFor directive = (TemplateFor) part;
        out.append("(for ").append(directive.keyVariable() == null ? "_" : directive.keyVariable())
            .append(' ').append(directive.valueVariable()).append(' ')
            .append(dump(directive.collection())).append(parts(directive.body())).append(')');
      }
    }
    return out.toString();
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\t", "\\t").replace("\r", "\\r") + '"';
  }
}
