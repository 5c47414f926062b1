package io.github.genesysdivisions.terraform.eval;

import io.github.genesysdivisions.terraform.hcl.Expression;
import io.github.genesysdivisions.terraform.hcl.FunctionCall;
import io.github.genesysdivisions.terraform.hcl.ObjectExpression;
import io.github.genesysdivisions.terraform.hcl.ObjectItem;
import io.github.genesysdivisions.terraform.hcl.ParenthesesExpression;
import io.github.genesysdivisions.terraform.hcl.TemplateExpression;
import io.github.genesysdivisions.terraform.hcl.TupleExpression;
import io.github.genesysdivisions.terraform.hcl.VariableExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A type constraint, as a {@code variable} block's {@code type} writes it, and Terraform's
 * conversion of values to it (including {@code optional(type, default)} object attributes).
 */
public sealed interface Type {

  // No default methods here, for the reason Value gives: the constants are instances of this
  // interface's records, and a default method would make concurrent first uses deadlock.

  /** {@code any}. */
  Type ANY = new Any();
  Type STRING = new Primitive("string");
  Type NUMBER = new Primitive("number");
  Type BOOL = new Primitive("bool");

  /** {@code any}: every value, unchanged. */
  record Any() implements Type {}

  /** {@code string}, {@code number} or {@code bool}. */
  record Primitive(String name) implements Type {}

  /** {@code list(T)}, {@code set(T)} or {@code map(T)}. */
  record Collection(String name, Type element) implements Type {}

  /** {@code tuple([T, ...])}. */
  record Tuple(List<Type> elements) implements Type {}

  /**
   * {@code object({name = T, other = optional(T, default)})}.
   *
   * @param attributes the attribute types
   * @param optional the names of optional attributes
   * @param defaults the defaults of optional attributes that have one
   */
  record ObjectType(SortedMap<String, Type> attributes, List<String> optional, Map<String, Value> defaults)
      implements Type {}

  /** Whether values of this type are given as HCL expressions on the command line. */
  static boolean isComplex(Type type) {
    return !(type instanceof Primitive || type instanceof Any);
  }

  /**
   * Reads a type expression.
   *
   * @param expression the expression, as written after {@code type =}
   * @param evaluator evaluates the defaults of {@code optional}
   */
  static Type parse(Expression expression, Evaluator evaluator) {
    if (expression instanceof ParenthesesExpression parentheses) {
      return parse(parentheses.expression(), evaluator);
    }
    if (expression instanceof VariableExpression variable) {
      return switch (variable.name()) {
        case "any" -> ANY;
        case "string" -> STRING;
        case "number" -> NUMBER;
        case "bool" -> BOOL;
        default -> throw new EvaluationError(expression.position(),
            "\"" + variable.name() + "\" is not a type; use string, number, bool, any, list(...),"
                + " set(...), map(...), tuple([...]) or object({...})");
      };
    }
    if (expression instanceof FunctionCall call) {
      List<Expression> arguments = call.arguments();
      switch (call.name()) {
        case "list", "set", "map" -> {
          requireArguments(call, 1);
          return new Collection(call.name(), parse(arguments.get(0), evaluator));
        }
        case "tuple" -> {
          requireArguments(call, 1);
          if (!(arguments.get(0) instanceof TupleExpression tuple)) {
            throw new EvaluationError(call.position(), "tuple(...) takes a list of types: tuple([string, number])");
          }
          List<Type> elements = new ArrayList<>();
          for (Expression element : tuple.elements()) {
            elements.add(parse(element, evaluator));
          }
          return new Tuple(List.copyOf(elements));
        }
        case "object" -> {
          requireArguments(call, 1);
          if (!(arguments.get(0) instanceof ObjectExpression object)) {
            throw new EvaluationError(call.position(), "object(...) takes an object of attribute types: object({name = string})");
          }
          return objectType(object, evaluator);
        }
        case "optional" -> throw new EvaluationError(call.position(),
            "optional(...) is allowed only for an attribute of object({...})");
        default -> { }
      }
    }
    throw new EvaluationError(expression.position(), "this is not a type expression");
  }

  private static ObjectType objectType(ObjectExpression object, Evaluator evaluator) {
    SortedMap<String, Type> attributes = new TreeMap<>();
    List<String> optional = new ArrayList<>();
    Map<String, Value> defaults = new TreeMap<>();
    for (ObjectItem item : object.items()) {
      String name = attributeName(item.key());
      Expression typeExpression = item.value();
      if (typeExpression instanceof FunctionCall call && call.name().equals("optional")) {
        if (call.arguments().isEmpty() || call.arguments().size() > 2) {
          throw new EvaluationError(call.position(), "optional(...) takes a type and an optional default");
        }
        Type type = parse(call.arguments().get(0), evaluator);
        attributes.put(name, type);
        optional.add(name);
        if (call.arguments().size() == 2) {
          Value value = evaluator.evaluateConstant(call.arguments().get(1));
          defaults.put(name, convert(value, type, call.arguments().get(1).position().toString()));
        }
      } else {
        attributes.put(name, parse(typeExpression, evaluator));
      }
    }
    return new ObjectType(attributes, List.copyOf(optional), Map.copyOf(defaults));
  }

  private static String attributeName(Expression key) {
    if (key instanceof TemplateExpression template && template.literalValue().isPresent()) {
      return template.literalValue().get();
    }
    if (key instanceof VariableExpression variable) {
      return variable.name();
    }
    throw new EvaluationError(key.position(), "an object type's attribute name must be a name");
  }

  private static void requireArguments(FunctionCall call, int count) {
    if (call.arguments().size() != count) {
      throw new EvaluationError(call.position(), call.name() + "(...) takes " + count + " argument");
    }
  }

  /**
   * Converts a value to this type as Terraform does for a variable's value.
   *
   * @param value the value
   * @param type the type
   * @param where where the value comes from, for messages
   * @throws EvaluationError without a position, saying what does not fit
   */
  public static Value convert(Value value, Type type, String where) {
    return convert(value, type, where, "");
  }

  private static Value convert(Value value, Type type, String where, String path) {
    if (value instanceof Value.Null || value instanceof Value.Unknown || type instanceof Any) {
      return value;
    }
    if (type instanceof Primitive primitive) {
      return primitive(value, primitive.name(), where, path);
    }
    if (type instanceof Collection collection) {
      return switch (collection.name()) {
        case "list", "set" -> {
          if (!(value instanceof Value.Seq seq)) {
            throw mismatch(where, path, collection.name() + " of " + describe(collection.element()), value);
          }
          List<Value> elements = new ArrayList<>();
          for (int i = 0; i < seq.elements().size(); i++) {
            elements.add(convert(seq.elements().get(i), collection.element(), where, path + "[" + i + "]"));
          }
          yield collection.name().equals("list") ? Value.Seq.list(elements) : Value.Seq.set(elements);
        }
        default -> {
          if (!(value instanceof Value.Struct struct)) {
            throw mismatch(where, path, "map of " + describe(collection.element()), value);
          }
          SortedMap<String, Value> entries = new TreeMap<>();
          for (Map.Entry<String, Value> entry : struct.attributes().entrySet()) {
            entries.put(entry.getKey(), convert(entry.getValue(), collection.element(), where,
                path + "[\"" + entry.getKey() + "\"]"));
          }
          yield Value.Struct.map(entries);
        }
      };
    }
    if (type instanceof Tuple tuple) {
      if (!(value instanceof Value.Seq seq) || seq.elements().size() != tuple.elements().size()) {
        throw mismatch(where, path, "tuple of " + tuple.elements().size() + " elements", value);
      }
      List<Value> elements = new ArrayList<>();
      for (int i = 0; i < seq.elements().size(); i++) {
        elements.add(convert(seq.elements().get(i), tuple.elements().get(i), where, path + "[" + i + "]"));
      }
      return Value.Seq.tuple(elements);
    }
    ObjectType object = (ObjectType) type;
    if (!(value instanceof Value.Struct struct)) {
      throw mismatch(where, path, "object", value);
    }
    SortedMap<String, Value> attributes = new TreeMap<>();
    for (Map.Entry<String, Type> attribute : object.attributes().entrySet()) {
      String name = attribute.getKey();
      Value given = struct.attributes().get(name);
      if (given == null || given instanceof Value.Null) {
        if (object.optional().contains(name)) {
          given = object.defaults().getOrDefault(name, Value.NULL);
        } else if (given == null) {
          throw new EvaluationError(null, where + ": attribute \"" + (path.isEmpty() ? "" : path + ".")
              + name + "\" is required");
        }
      }
      attributes.put(name, convert(given, attribute.getValue(), where, path.isEmpty() ? name : path + "." + name));
    }
    return Value.Struct.object(attributes);
  }

  private static Value primitive(Value value, String name, String where, String path) {
    switch (name) {
      case "string" -> {
        if (value instanceof Value.Str) {
          return value;
        }
        if (value instanceof Value.Num number) {
          return new Value.Str(number.text());
        }
        if (value instanceof Value.Bool bool) {
          return new Value.Str(Boolean.toString(bool.value()));
        }
      }
      case "number" -> {
        if (value instanceof Value.Num) {
          return value;
        }
        if (value instanceof Value.Str string) {
          Value.Num number = parseNumber(string.value());
          if (number != null) {
            return number;
          }
          throw new EvaluationError(null, where + ": " + (path.isEmpty() ? "" : path + ": ")
              + "a number is required, and \"" + string.value() + "\" is not one");
        }
      }
      default -> {
        if (value instanceof Value.Bool) {
          return value;
        }
        if (value instanceof Value.Str string) {
          if (string.value().equals("true")) {
            return Value.TRUE;
          }
          if (string.value().equals("false")) {
            return Value.FALSE;
          }
          throw new EvaluationError(null, where + ": " + (path.isEmpty() ? "" : path + ": ")
              + "a bool is required (true or false), and \"" + string.value() + "\" is not one");
        }
      }
    }
    throw mismatch(where, path, name, value);
  }

  /** A number written as Terraform reads one from a string, or {@code null}. */
  static Value.Num parseNumber(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || !trimmed.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
      return null;
    }
    try {
      return new Value.Num(new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static EvaluationError mismatch(String where, String path, String required, Value value) {
    return new EvaluationError(null, where + ": " + (path.isEmpty() ? "" : path + ": ") + required
        + " required, but the value is a " + value.typeName());
  }

  /** The type as written. */
  public static String describe(Type type) {
    if (type instanceof Any) {
      return "any";
    }
    if (type instanceof Primitive primitive) {
      return primitive.name();
    }
    if (type instanceof Collection collection) {
      return collection.name() + "(" + describe(collection.element()) + ")";
    }
    if (type instanceof Tuple tuple) {
      return "tuple([" + String.join(", ", tuple.elements().stream().map(Type::describe).toList()) + "])";
    }
    return "object({...})";
  }
}
