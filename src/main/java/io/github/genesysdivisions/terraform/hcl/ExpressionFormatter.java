package io.github.genesysdivisions.terraform.hcl;

import java.util.List;

/**
 * Writes an expression back as HCL text, in one line, for messages: {@code var.name},
 * {@code "${var.env}-sales"}, {@code upper(local.names[0])}. Parentheses are added where
 * precedence needs them; heredocs come out as quoted strings.
 */
public final class ExpressionFormatter {

  /** Precedence of unary operations; binary ones are 1 to 6, a conditional is 0. */
  private static final int UNARY = 7;
  /** Precedence of terms and accesses. */
  private static final int TERM = 8;

  private ExpressionFormatter() {}

  /** The expression as HCL text. */
  public static String format(Expression expression) {
    StringBuilder out = new StringBuilder();
    write(expression, out);
    return out.toString();
  }

  private static void write(Expression expression, StringBuilder out) {
    if (expression instanceof NumberLiteral number) {
      out.append(number.value());
    } else if (expression instanceof BoolLiteral bool) {
      out.append(bool.value());
    } else if (expression instanceof NullLiteral) {
      out.append("null");
    } else if (expression instanceof TemplateExpression template) {
      out.append('"');
      writeParts(template.parts(), out);
      out.append('"');
    } else if (expression instanceof TupleExpression tuple) {
      out.append('[');
      writeList(tuple.elements(), out);
      out.append(']');
    } else if (expression instanceof ObjectExpression object) {
      writeObject(object, out);
    } else if (expression instanceof VariableExpression variable) {
      out.append(variable.name());
    } else if (expression instanceof FunctionCall call) {
      out.append(call.name()).append('(');
      writeList(call.arguments(), out);
      out.append(call.expandFinalArgument() ? "...)" : ")");
    } else if (expression instanceof AttributeAccess access) {
      writeOperand(access.object(), TERM, out);
      out.append('.').append(access.name());
    } else if (expression instanceof IndexAccess index) {
      writeOperand(index.collection(), TERM, out);
      out.append('[');
      write(index.key(), out);
      out.append(']');
    } else if (expression instanceof SplatExpression splat) {
      writeOperand(splat.source(), TERM, out);
      out.append(splat.full() ? "[*]" : ".*");
      write(splat.each(), out);
    } else if (expression instanceof ForExpression forExpression) {
      writeFor(forExpression, out);
    } else if (expression instanceof ConditionalExpression conditional) {
      writeOperand(conditional.condition(), 1, out);
      out.append(" ? ");
      write(conditional.trueResult(), out);
      out.append(" : ");
      write(conditional.falseResult(), out);
    } else if (expression instanceof UnaryExpression unary) {
      out.append(unary.operator().symbol());
      writeOperand(unary.operand(), TERM, out);
    } else if (expression instanceof BinaryExpression binary) {
      int precedence = binary.operator().precedence();
      writeOperand(binary.left(), precedence, out);
      out.append(' ').append(binary.operator().symbol()).append(' ');
      writeOperand(binary.right(), precedence + 1, out);
    } else if (expression instanceof ParenthesesExpression parentheses) {
      out.append('(');
      write(parentheses.expression(), out);
      out.append(')');
    }
  }

  /** Writes {@code operand}, in parentheses when it binds looser than {@code precedence}. */
  private static void writeOperand(Expression operand, int precedence, StringBuilder out) {
    boolean parenthesize = precedence(operand) < precedence;
    if (parenthesize) {
      out.append('(');
    }
    write(operand, out);
    if (parenthesize) {
      out.append(')');
    }
  }

  private static int precedence(Expression expression) {
    if (expression instanceof BinaryExpression binary) {
      return binary.operator().precedence();
    }
    if (expression instanceof ConditionalExpression) {
      return 0;
    }
    return expression instanceof UnaryExpression ? UNARY : TERM;
  }

  private static void writeList(List<Expression> expressions, StringBuilder out) {
    for (int i = 0; i < expressions.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      write(expressions.get(i), out);
    }
  }

  private static void writeObject(ObjectExpression object, StringBuilder out) {
    out.append('{');
    for (int i = 0; i < object.items().size(); i++) {
      ObjectItem item = object.items().get(i);
      out.append(i > 0 ? ", " : " ");
      write(item.key(), out);
      out.append(" = ");
      write(item.value(), out);
    }
    out.append(object.items().isEmpty() ? "}" : " }");
  }

  private static void writeFor(ForExpression expression, StringBuilder out) {
    out.append(expression.buildsObject() ? "{for " : "[for ");
    if (expression.keyVariable() != null) {
      out.append(expression.keyVariable()).append(", ");
    }
    out.append(expression.valueVariable()).append(" in ");
    write(expression.collection(), out);
    out.append(" : ");
    if (expression.buildsObject()) {
      write(expression.keyResult(), out);
      out.append(" => ");
    }
    write(expression.valueResult(), out);
    if (expression.grouping()) {
      out.append("...");
    }
    if (expression.condition() != null) {
      out.append(" if ");
      write(expression.condition(), out);
    }
    out.append(expression.buildsObject() ? '}' : ']');
  }

  private static void writeParts(List<TemplatePart> parts, StringBuilder out) {
    for (TemplatePart part : parts) {
      if (part instanceof TemplateLiteral literal) {
        writeEscaped(literal.text(), out);
      } else if (part instanceof TemplateInterpolation interpolation) {
        out.append("${");
        write(interpolation.expression(), out);
        out.append('}');
      } else if (part instanceof TemplateIf directive) {
        out.append("%{ if ");
        write(directive.condition(), out);
        out.append(" }");
        writeParts(directive.thenParts(), out);
        if (!directive.elseParts().isEmpty()) {
          out.append("%{ else }");
          writeParts(directive.elseParts(), out);
        }
        out.append("%{ endif }");
      } else if (part instanceof TemplateFor directive) {
        out.append("%{ for ");
        if (directive.keyVariable() != null) {
          out.append(directive.keyVariable()).append(", ");
        }
        out.append(directive.valueVariable()).append(" in ");
        write(directive.collection(), out);
        out.append(" }");
        writeParts(directive.body(), out);
        out.append("%{ endfor }");
      }
    }
  }

  private static void writeEscaped(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$', '%' -> {
          out.append(c);
          if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
            out.append(c);
          }
        }
        default -> out.append(c);
      }
    }
  }
}
