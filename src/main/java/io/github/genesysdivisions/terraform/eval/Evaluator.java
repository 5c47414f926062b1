package io.github.genesysdivisions.terraform.eval;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.hcl.AttributeAccess;
import io.github.genesysdivisions.terraform.hcl.BinaryExpression;
import io.github.genesysdivisions.terraform.hcl.BinaryOperator;
import io.github.genesysdivisions.terraform.hcl.BoolLiteral;
import io.github.genesysdivisions.terraform.hcl.ConditionalExpression;
import io.github.genesysdivisions.terraform.hcl.Expression;
import io.github.genesysdivisions.terraform.hcl.ForExpression;
import io.github.genesysdivisions.terraform.hcl.FunctionCall;
import io.github.genesysdivisions.terraform.hcl.IndexAccess;
import io.github.genesysdivisions.terraform.hcl.NullLiteral;
import io.github.genesysdivisions.terraform.hcl.NumberLiteral;
import io.github.genesysdivisions.terraform.hcl.ObjectExpression;
import io.github.genesysdivisions.terraform.hcl.ObjectItem;
import io.github.genesysdivisions.terraform.hcl.ParenthesesExpression;
import io.github.genesysdivisions.terraform.hcl.SplatExpression;
import io.github.genesysdivisions.terraform.hcl.SplatItem;
import io.github.genesysdivisions.terraform.hcl.TemplateExpression;
import io.github.genesysdivisions.terraform.hcl.TemplateFor;
import io.github.genesysdivisions.terraform.hcl.TemplateIf;
import io.github.genesysdivisions.terraform.hcl.TemplateInterpolation;
import io.github.genesysdivisions.terraform.hcl.TemplateLiteral;
import io.github.genesysdivisions.terraform.hcl.TemplatePart;
import io.github.genesysdivisions.terraform.hcl.TupleExpression;
import io.github.genesysdivisions.terraform.hcl.UnaryExpression;
import io.github.genesysdivisions.terraform.hcl.VariableExpression;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates expressions to {@link Value}s, as Terraform does. Unknown values propagate through
 * operators, templates and functions; errors are {@link EvaluationError}s that say where.
 */
public final class Evaluator {

  /** The most elements a {@code for} expression, a template {@code for} or a function may build. */
  public static final int MAX_ELEMENTS = 100_000;
  /** The longest string an expression may build. */
  public static final int MAX_STRING = 10_000_000;
  private static final MathContext DIVISION = new MathContext(34);

  private final Context context;
  private final Symbols symbols;
  private final Budget budget;

  /** An evaluator for one place: a module instance, a resource instance, a tfvars file. */
  public Evaluator(Context context) {
    this(context, null, context.budget());
  }

  private Evaluator(Context context, Symbols symbols, Budget budget) {
    this.context = context;
    this.symbols = symbols;
    this.budget = budget;
  }

  /** This evaluator with {@code name} bound to {@code value} (a {@code for} or template variable). */
  public Evaluator with(String name, Value value) {
    return new Evaluator(context, new Symbols(name, value, symbols), budget);
  }

  /** An evaluator with no references at all, for constants such as type defaults. */
  Value evaluateConstant(Expression expression) {
    return new Evaluator(Context.constant(context.functions(), "a type constraint"), null, budget)
        .evaluate(expression);
  }

  /** The value of an expression. */
  public Value evaluate(Expression expression) {
    if (++budget.steps > Budget.MAX_STEPS) {
      throw new EvaluationError(expression.position(), "the configuration needs more than "
          + Budget.MAX_STEPS + " evaluation steps; the plugin stops here");
    }
    if (++budget.depth > Budget.MAX_DEPTH) {
      budget.depth = 0;
      throw new EvaluationError(expression.position(), "evaluation nests more than " + Budget.MAX_DEPTH
          + " levels deep here (locals or templates referring to each other too deeply)");
    }
    try {
      return evaluateNode(expression);
    } catch (EvaluationError e) {
      if (e.position() == null) {
        throw new EvaluationError(expression.position(), e.getMessage());
      }
      throw e;
    } finally {
      budget.depth = Math.max(0, budget.depth - 1);
    }
  }

  private Value evaluateNode(Expression expression) {
    // the commonest kinds first: templates, references, calls
    if (expression instanceof TemplateExpression template) {
      return template(template);
    }
    if (expression instanceof VariableExpression
        || expression instanceof AttributeAccess
        || expression instanceof IndexAccess) {
      return traversal(expression);
    }
    if (expression instanceof FunctionCall call) {
      return call(call);
    }
    return evaluateOther(expression);
  }

  private Value evaluateOther(Expression expression) {
    if (expression instanceof NumberLiteral number) {
      return new Value.Num(number.value());
    }
    if (expression instanceof BoolLiteral bool) {
      return Value.Bool.of(bool.value());
    }
    if (expression instanceof NullLiteral) {
      return Value.NULL;
    }
    if (expression instanceof TupleExpression tuple) {
      List<Value> elements = new ArrayList<>(tuple.elements().size());
      for (Expression element : tuple.elements()) {
        elements.add(evaluate(element));
      }
      return Value.Seq.tuple(elements);
    }
    if (expression instanceof ObjectExpression object) {
      return object(object);
    }
    if (expression instanceof ParenthesesExpression parentheses) {
      return evaluate(parentheses.expression());
    }
    if (expression instanceof SplatItem item) {
      return lookup(Symbols.SPLAT, item.position());
    }
    if (expression instanceof SplatExpression splat) {
      return splat(splat);
    }
    if (expression instanceof ForExpression forExpression) {
      return forExpression(forExpression);
    }
    if (expression instanceof ConditionalExpression conditional) {
      Value condition = evaluate(conditional.condition());
      if (condition instanceof Value.Unknown) {
        return condition;
      }
      boolean chosen = bool(condition, conditional.condition().position(), "the condition");
      return evaluate(chosen ? conditional.trueResult() : conditional.falseResult());
    }
    if (expression instanceof UnaryExpression unary) {
      Value operand = evaluate(unary.operand());
      if (operand instanceof Value.Unknown) {
        return operand;
      }
      return switch (unary.operator()) {
        case NEGATE -> new Value.Num(number(operand, unary.operand().position(), "the operand of -").value().negate());
        case NOT -> Value.Bool.of(!bool(operand, unary.operand().position(), "the operand of !"));
      };
    }
    return binary((BinaryExpression) expression);
  }

  // ---------------------------------------------------------------- templates

  private Value template(TemplateExpression template) {
    List<TemplatePart> parts = template.parts();
    if (parts.size() == 1 && parts.get(0) instanceof TemplateInterpolation only) {
      return evaluate(only.expression());
    }
    StringBuilder text = new StringBuilder();
    Value unknown = appendParts(parts, text);
    return unknown != null ? unknown : new Value.Str(text.toString());
  }

  /** Appends the parts' text; returns the first unknown value met, or null. */
  private Value appendParts(List<TemplatePart> parts, StringBuilder text) {
    Value unknown = null;
    for (int i = 0; i < parts.size(); i++) {
      TemplatePart part = parts.get(i);
      if (part instanceof TemplateLiteral literal) {
        text.append(literal.text());
      } else if (part instanceof TemplateInterpolation interpolation) {
        Value value = evaluate(interpolation.expression());
        if (value instanceof Value.Unknown) {
          unknown = unknown == null ? value : unknown;
          continue;
        }
        text.append(templateString(value, interpolation.expression().position()));
      } else {
        Value inner = appendDirective(part, text);
        unknown = unknown == null ? inner : unknown;
      }
      if (text.length() > MAX_STRING) {
        throw new EvaluationError(part.position(), "the template builds a string longer than " + MAX_STRING + " characters");
      }
    }
    return unknown;
  }

  /** Appends the text of an {@code %{ if }} or {@code %{ for }}; returns the first unknown value met, or null. */
  private Value appendDirective(TemplatePart part, StringBuilder text) {
    if (part instanceof TemplateIf directive) {
      Value condition = evaluate(directive.condition());
      if (condition instanceof Value.Unknown) {
        return condition;
      }
      boolean holds = bool(condition, directive.condition().position(), "the %{ if } condition");
      return appendParts(holds ? directive.thenParts() : directive.elseParts(), text);
    }
    TemplateFor directive = (TemplateFor) part;
    Value collection = evaluate(directive.collection());
    if (collection instanceof Value.Unknown) {
      return collection;
    }
    Value unknown = null;
    int count = 0;
    for (Map.Entry<Value, Value> entry : iterate(collection, directive.collection().position())) {
      if (++count > MAX_ELEMENTS) {
        throw new EvaluationError(directive.position(), "%{ for } repeats more than " + MAX_ELEMENTS + " times");
      }
      Evaluator inner = bindLoop(directive.keyVariable(), directive.valueVariable(), entry);
      Value innerUnknown = inner.appendParts(directive.body(), text);
      unknown = unknown == null ? innerUnknown : unknown;
    }
    return unknown;
  }

  private static String templateString(Value value, SourcePosition at) {
    if (value instanceof Value.Null) {
      throw new EvaluationError(at, "the interpolated value is null; a template cannot include null");
    }
    if (value instanceof Value.Str str) {
      return str.value();
    }
    if (value instanceof Value.Num || value instanceof Value.Bool) {
      return ((Value.Str) Type.convert(value, Type.STRING, at.toString())).value();
    }
    throw new EvaluationError(at, "a template can include only a string, number or bool, not a " + value.typeName());
  }

  // ---------------------------------------------------------------- collections

  private Value object(ObjectExpression object) {
    Map<String, Value> attributes = new LinkedHashMap<>();
    Value unknown = null;
    for (ObjectItem item : object.items()) {
      Value key = evaluate(item.key());
      Value value = evaluate(item.value());
      if (key instanceof Value.Unknown) {
        unknown = unknown == null ? key : unknown;
        continue;
      }
      String name = keyString(key, item.key().position());
      if (attributes.put(name, value) != null) {
        throw new EvaluationError(item.position(), "the object sets \"" + name + "\" twice");
      }
    }
    return unknown != null ? unknown : Value.Struct.object(attributes);
  }

  private static String keyString(Value key, SourcePosition at) {
    if (key instanceof Value.Null) {
      throw new EvaluationError(at, "an object key cannot be null");
    }
    if (!(key instanceof Value.Str || key instanceof Value.Num || key instanceof Value.Bool)) {
      throw new EvaluationError(at, "an object key must be a string, not a " + key.typeName());
    }
    return ((Value.Str) Type.convert(key, Type.STRING, at.toString())).value();
  }

  /** The entries of a collection to iterate: index or key, and value. */
  static List<Map.Entry<Value, Value>> iterate(Value collection, SourcePosition at) {
    List<Map.Entry<Value, Value>> entries = new ArrayList<>();
    if (collection instanceof Value.Seq seq) {
      for (int i = 0; i < seq.elements().size(); i++) {
        Value element = seq.elements().get(i);
        entries.add(Map.entry(seq.kind() == Value.SeqKind.SET ? element : Value.Num.of(i), element));
      }
    } else if (collection instanceof Value.Struct struct) {
      for (Map.Entry<String, Value> entry : struct.attributes().entrySet()) {
        entries.add(Map.entry(new Value.Str(entry.getKey()), entry.getValue()));
      }
    } else if (collection instanceof Value.Null) {
      throw new EvaluationError(at, "cannot iterate over null");
    } else {
      throw new EvaluationError(at, "cannot iterate over a " + collection.typeName()
          + "; a list, set, tuple, map or object is required");
    }
    return entries;
  }

  private Evaluator bindLoop(String keyVariable, String valueVariable, Map.Entry<Value, Value> entry) {
    Evaluator inner = with(valueVariable, entry.getValue());
    return keyVariable == null ? inner : inner.with(keyVariable, entry.getKey());
  }

  private Value forExpression(ForExpression expression) {
    Value collection = evaluate(expression.collection());
    if (!collection.isWhollyKnown() && !(collection instanceof Value.Seq) && !(collection instanceof Value.Struct)) {
      return collection;
    }
    if (collection instanceof Value.Unknown) {
      return collection;
    }
    List<Value> elements = new ArrayList<>();
    Map<String, Value> attributes = new LinkedHashMap<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    Value unknown = null;
    for (Map.Entry<Value, Value> entry : iterate(collection, expression.collection().position())) {
      Evaluator inner = bindLoop(expression.keyVariable(), expression.valueVariable(), entry);
      if (expression.condition() != null) {
        Value condition = inner.evaluate(expression.condition());
        if (condition instanceof Value.Unknown) {
          unknown = unknown == null ? condition : unknown;
          continue;
        }
        if (!bool(condition, expression.condition().position(), "the for expression's if condition")) {
          continue;
        }
      }
      Value value = inner.evaluate(expression.valueResult());
      if (!expression.buildsObject()) {
        elements.add(value);
      } else {
        Value key = inner.evaluate(expression.keyResult());
        if (key instanceof Value.Unknown) {
          unknown = unknown == null ? key : unknown;
          continue;
        }
        String name = keyString(key, expression.keyResult().position());
        if (expression.grouping()) {
          List<Value> group = groups.get(name);
          if (group == null) {
            group = new ArrayList<>();
            groups.put(name, group);
          }
          group.add(value);
        } else if (attributes.put(name, value) != null) {
          throw new EvaluationError(expression.keyResult().position(), "the for expression produces the key \""
              + name + "\" twice; add ... after the value to group the values of equal keys");
        }
      }
      if (elements.size() + attributes.size() + groups.size() > MAX_ELEMENTS) {
        throw new EvaluationError(expression.position(), "the for expression builds more than " + MAX_ELEMENTS + " elements");
      }
    }
    if (unknown != null) {
      return unknown;
    }
    if (!expression.buildsObject()) {
      return Value.Seq.tuple(elements);
    }
    if (expression.grouping()) {
      for (Map.Entry<String, List<Value>> group : groups.entrySet()) {
        attributes.put(group.getKey(), Value.Seq.tuple(group.getValue()));
      }
    }
    return Value.Struct.object(attributes);
  }

  private Value splat(SplatExpression splat) {
    Value source = evaluate(splat.source());
    if (source instanceof Value.Unknown) {
      return source;
    }
    if (source instanceof Value.Null) {
      return Value.Seq.tuple(List.of());
    }
    List<Value> items;
    if (source instanceof Value.Seq seq) {
      items = seq.elements();
    } else {
      Value single = with(Symbols.SPLAT, source).evaluate(splat.each());
      return Value.Seq.tuple(List.of(single));
    }
    List<Value> results = new ArrayList<>(items.size());
    for (Value item : items) {
      results.add(with(Symbols.SPLAT, item).evaluate(splat.each()));
    }
    return ((Value.Seq) source).kind() == Value.SeqKind.LIST
        ? Value.Seq.list(results)
        : Value.Seq.tuple(results);
  }

  // ---------------------------------------------------------------- references

  private Value traversal(Expression expression) {
    int depth = 0;
    Expression root = expression;
    while (root instanceof AttributeAccess || root instanceof IndexAccess) {
      depth++;
      root = root instanceof AttributeAccess access ? access.object() : ((IndexAccess) root).collection();
    }
    Expression[] path = new Expression[depth];
    Expression node = expression;
    for (int i = depth - 1; i >= 0; i--) {
      path[i] = node;
      node = node instanceof AttributeAccess access ? access.object() : ((IndexAccess) node).collection();
    }
    List<Expression> steps = Arrays.asList(path);
    Value value;
    int start = 0;
    if (root instanceof VariableExpression variable) {
      Value symbol = symbols == null ? null : symbols.find(variable.name());
      if (symbol != null) {
        value = symbol;
      } else {
        List<String> names = new ArrayList<>(depth);
        for (Expression next : steps) {
          if (!(next instanceof AttributeAccess access)) {
            break;
          }
          names.add(access.name());
        }
        Context.Resolved resolved = names.size() == 1 && depth > 1 && path[1] instanceof IndexAccess index
            ? indexed(variable, names.get(0), index, steps) : null;
        if (resolved == null) {
          resolved = context.resolve(variable.name(), names, variable.position());
        }
        value = resolved.value();
        start = resolved.used();
      }
    } else {
      value = evaluate(root);
    }
    for (int i = start; i < depth; i++) {
      Expression next = path[i];
      if (value instanceof Value.Unknown) {
        return value;
      }
      if (next instanceof AttributeAccess access) {
        value = attribute(value, access.name(), access.position(), access);
      } else {
        IndexAccess index = (IndexAccess) next;
        Value key = evaluate(index.key());
        if (key instanceof Value.Unknown) {
          return key;
        }
        value = index(value, key, index.key().position());
      }
    }
    return value;
  }

  /**
   * A reference such as {@code type.name[key].attribute}, resolved by the context with the key, or
   * null when the context resolves the name without it. An unknown key is the whole value.
   */
  private Context.Resolved indexed(VariableExpression variable, String first, IndexAccess index, List<Expression> steps) {
    Value key = evaluate(index.key());
    if (key instanceof Value.Unknown) {
      return new Context.Resolved(key, steps.size());
    }
    List<String> after = new ArrayList<>();
    for (Expression step : steps.subList(2, steps.size())) {
      if (!(step instanceof AttributeAccess access)) {
        break;
      }
      after.add(access.name());
    }
    Context.Resolved indexed = context.resolveIndexed(variable.name(), first, key, after, variable.position());
    return indexed == null ? null : new Context.Resolved(indexed.value(), 2 + indexed.used());
  }

  private Value lookup(String name, SourcePosition at) {
    Value value = symbols == null ? null : symbols.find(name);
    if (value == null) {
      throw new EvaluationError(at, "a splat item outside a splat expression");
    }
    return value;
  }

  static Value attribute(Value value, String name, SourcePosition at, Expression access) {
    if (value instanceof Value.Struct struct) {
      Value attribute = struct.attributes().get(name);
      if (attribute == null) {
        throw new EvaluationError(at, struct.kind() == Value.StructKind.MAP
            ? "the map has no element with the key \"" + name + "\""
            : "the object has no attribute named \"" + name + "\""
                + (struct.attributes().isEmpty() ? "" : " (it has " + String.join(", ", struct.attributes().keySet()) + ")"));
      }
      return attribute;
    }
    if (value instanceof Value.Null) {
      throw new EvaluationError(at, "cannot read the attribute \"" + name + "\" of null");
    }
    throw new EvaluationError(at, "cannot read the attribute \"" + name + "\" of a " + value.typeName()
        + (value instanceof Value.Seq ? "; use an index such as [0] or a splat [*]" : ""));
  }

  static Value index(Value value, Value key, SourcePosition at) {
    if (value instanceof Value.Seq seq) {
      if (seq.kind() == Value.SeqKind.SET) {
        throw new EvaluationError(at, "a set cannot be indexed; convert it with tolist() or iterate it with for");
      }
      Value.Num number = (Value.Num) Type.convert(key, Type.NUMBER, at.toString());
      if (!number.isWhole() || number.value().signum() < 0
          || number.value().compareTo(BigDecimal.valueOf(seq.elements().size())) >= 0) {
        throw new EvaluationError(at, "the index " + number.text() + " is out of range for a "
            + seq.typeName() + " of " + seq.elements().size() + " elements");
      }
      return seq.elements().get(number.value().intValueExact());
    }
    if (value instanceof Value.Struct struct) {
      if (key instanceof Value.Null) {
        throw new EvaluationError(at, "the key is null");
      }
      String name = ((Value.Str) Type.convert(key, Type.STRING, at.toString())).value();
      Value element = struct.attributes().get(name);
      if (element == null) {
        throw new EvaluationError(at, "the " + struct.typeName() + " has no element with the key \"" + name + "\"");
      }
      return element;
    }
    if (value instanceof Value.Null) {
      throw new EvaluationError(at, "cannot index null");
    }
    throw new EvaluationError(at, "cannot index a " + value.typeName());
  }

  // ---------------------------------------------------------------- calls

  private Value call(FunctionCall call) {
    String name = call.name();
    if (name.equals("try") || name.equals("can")) {
      return tryOrCan(call);
    }
    List<Expression> expressions = call.arguments();
    List<Value> arguments = new ArrayList<>(expressions.size());
    for (int i = 0; i < expressions.size(); i++) {
      arguments.add(evaluate(expressions.get(i)));
    }
    if (call.expandFinalArgument()) {
      if (arguments.isEmpty()) {
        throw new EvaluationError(call.position(), "... needs an argument to expand");
      }
      Value last = arguments.remove(arguments.size() - 1);
      if (last instanceof Value.Unknown) {
        return last;
      }
      if (!(last instanceof Value.Seq seq)) {
        throw new EvaluationError(call.arguments().get(call.arguments().size() - 1).position(),
            "the argument before ... must be a list, set or tuple, not a " + last.typeName());
      }
      arguments.addAll(seq.elements());
    }
    try {
      return context.functions().call(name, arguments, call.position(), this);
    } catch (EvaluationError e) {
      if (e.position() != null) {
        throw e;
      }
      throw new EvaluationError(call.position(), "in " + name + "(): " + e.getMessage());
    }
  }

  private Value tryOrCan(FunctionCall call) {
    if (call.expandFinalArgument()) {
      throw new EvaluationError(call.position(), call.name() + "() does not take an expanded argument (...)");
    }
    if (call.name().equals("can")) {
      if (call.arguments().size() != 1) {
        throw new EvaluationError(call.position(), "can() takes exactly one argument");
      }
      try {
        Value value = evaluate(call.arguments().get(0));
        return value.isWhollyKnown() ? Value.TRUE : Functions.firstUnknown(value);
      } catch (EvaluationError e) {
        return Value.FALSE;
      }
    }
    if (call.arguments().isEmpty()) {
      throw new EvaluationError(call.position(), "try() needs at least one argument");
    }
    List<String> errors = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      try {
        Value value = evaluate(argument);
        return value.isWhollyKnown() ? value : Functions.firstUnknown(value);
      } catch (EvaluationError e) {
        errors.add(e.getMessage());
      }
    }
    throw new EvaluationError(call.position(), "no argument of try() could be evaluated: "
        + String.join("; ", errors));
  }

  // ---------------------------------------------------------------- operators

  private Value binary(BinaryExpression expression) {
    Value left = evaluate(expression.left());
    Value right = evaluate(expression.right());
    SourcePosition leftAt = expression.left().position();
    SourcePosition rightAt = expression.right().position();
    switch (expression.operator()) {
      case EQUAL, NOT_EQUAL -> {
        if (!left.isWhollyKnown()) {
          return Functions.firstUnknown(left);
        }
        if (!right.isWhollyKnown()) {
          return Functions.firstUnknown(right);
        }
        boolean equal = left.equals(right);
        return Value.Bool.of(expression.operator() == BinaryOperator.EQUAL ? equal : !equal);
      }
      default -> { }
    }
    if (left instanceof Value.Unknown) {
      return left;
    }
    if (right instanceof Value.Unknown) {
      return right;
    }
    String symbol = expression.operator().symbol();
    switch (expression.operator()) {
      case AND -> {
        return Value.Bool.of(bool(left, leftAt, "the left operand of &&") && bool(right, rightAt, "the right operand of &&"));
      }
      case OR -> {
        boolean l = bool(left, leftAt, "the left operand of ||");
        boolean r = bool(right, rightAt, "the right operand of ||");
        return Value.Bool.of(l || r);
      }
      default -> { }
    }
    BigDecimal a = number(left, leftAt, "the left operand of " + symbol).value();
    BigDecimal b = number(right, rightAt, "the right operand of " + symbol).value();
    return switch (expression.operator()) {
      case LESS -> Value.Bool.of(a.compareTo(b) < 0);
      case LESS_OR_EQUAL -> Value.Bool.of(a.compareTo(b) <= 0);
      case GREATER -> Value.Bool.of(a.compareTo(b) > 0);
      case GREATER_OR_EQUAL -> Value.Bool.of(a.compareTo(b) >= 0);
      case ADD -> new Value.Num(a.add(b));
      case SUBTRACT -> new Value.Num(a.subtract(b));
      case MULTIPLY -> new Value.Num(a.multiply(b));
      case DIVIDE -> {
        if (b.signum() == 0) {
          throw new EvaluationError(rightAt, "division by zero");
        }
        yield new Value.Num(a.divide(b, DIVISION));
      }
      case MODULO -> {
        if (b.signum() == 0) {
          throw new EvaluationError(rightAt, "modulo by zero");
        }
        yield new Value.Num(a.remainder(b));
      }
      default -> throw new IllegalStateException(symbol);
    };
  }

  static boolean bool(Value value, SourcePosition at, String what) {
    if (value instanceof Value.Null) {
      throw new EvaluationError(at, what + " is null; a bool is required");
    }
    try {
      return ((Value.Bool) Type.convert(value, Type.BOOL, "")).value();
    } catch (EvaluationError e) {
      throw new EvaluationError(at, what + " must be a bool (true or false), not " + describe(value));
    }
  }

  static Value.Num number(Value value, SourcePosition at, String what) {
    if (value instanceof Value.Null) {
      throw new EvaluationError(at, what + " is null; a number is required");
    }
    try {
      return (Value.Num) Type.convert(value, Type.NUMBER, "");
    } catch (EvaluationError e) {
      throw new EvaluationError(at, what + " must be a number, not " + describe(value));
    }
  }

  private static String describe(Value value) {
    return value instanceof Value.Str string ? "the string \"" + string.value() + "\"" : "a " + value.typeName();
  }

  /** For and template variables, innermost first. */
  private record Symbols(String name, Value value, Symbols parent) {
    static final String SPLAT = " splat item";

    Value find(String wanted) {
      for (Symbols s = this; s != null; s = s.parent) {
        if (s.name.equals(wanted)) {
          return s.value;
        }
      }
      return null;
    }
  }
}
