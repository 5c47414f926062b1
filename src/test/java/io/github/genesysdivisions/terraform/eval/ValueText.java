package io.github.genesysdivisions.terraform.eval;

import java.util.Map;
import java.util.stream.Collectors;

/** Writes values as Terraform's console does, compactly, for exact comparisons in tests. */
final class ValueText {

  private ValueText() {}

  static String of(Value value) {
    if (value instanceof Value.Str s) {
      return quote(s.value());
    }
    if (value instanceof Value.Num n) {
      return n.text();
    }
    if (value instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    if (value instanceof Value.Null) {
      return "null";
    }
    if (value instanceof Value.Unknown) {
      return "(unknown)";
    }
    if (value instanceof Value.Seq seq) {
      String elements = seq.elements().stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
      return switch (seq.kind()) {
        case LIST -> "tolist(" + elements + ")";
        case SET -> "toset(" + elements + ")";
        case TUPLE -> elements;
      };
    }
    Value.Struct struct = (Value.Struct) value;
    String attributes = struct.attributes().entrySet().stream()
        .map((Map.Entry<String, Value> e) -> quote(e.getKey()) + " = " + of(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
    return struct.kind() == Value.StructKind.MAP ? "tomap(" + attributes + ")" : attributes;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}
