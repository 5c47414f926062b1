package io.github.genesysdivisions.terraform.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** {@code jsondecode}, {@code jsonencode}, {@code csvdecode} and {@code yamldecode}. */
public final class DataFormats {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
      .build();

  private DataFormats() {}

  // ---------------------------------------------------------------- JSON

  /** Reads JSON text into a value: objects become objects, arrays tuples, numbers exact. */
  public static Value jsonDecode(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new EvaluationError(null, "the JSON text is empty");
      }
      Value value = jsonValue(parser, first);
      if (parser.nextToken() != null) {
        throw new EvaluationError(null, "the JSON text has more after its value, at line "
            + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new EvaluationError(null, "invalid JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw new EvaluationError(null, "invalid JSON: " + e.getMessage());
    }
  }

  /** The value of the JSON item that starts at the parser's current token. */
  public static Value jsonValue(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Value> attributes = new LinkedHashMap<>();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          attributes.put(name, jsonValue(parser, parser.nextToken()));
        }
        return Value.Struct.object(attributes);
      }
      case START_ARRAY -> {
        List<Value> elements = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          elements.add(jsonValue(parser, next));
          if (elements.size() > Evaluator.MAX_ELEMENTS) {
            throw new EvaluationError(null, "the JSON array has more than " + Evaluator.MAX_ELEMENTS + " elements");
          }
        }
        return Value.Seq.tuple(elements);
      }
      case VALUE_STRING -> {
        return new Value.Str(parser.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Value.Num(decimal(parser.getText()));
      }
      case VALUE_TRUE -> {
        return Value.TRUE;
      }
      case VALUE_FALSE -> {
        return Value.FALSE;
      }
      case VALUE_NULL -> {
        return Value.NULL;
      }
      default -> throw new EvaluationError(null, "unexpected JSON token " + token);
    }
  }

  /** JSON text as Terraform's {@code jsonencode} writes it: compact, keys sorted, HTML characters escaped. */
  public static String jsonEncode(Value value) {
    StringBuilder out = new StringBuilder();
    encode(value, out);
    return out.toString();
  }

  private static void encode(Value value, StringBuilder out) {
    if (value instanceof Value.Null) {
      out.append("null");
    } else if (value instanceof Value.Bool bool) {
      out.append(bool.value());
    } else if (value instanceof Value.Num number) {
      out.append(number.text());
    } else if (value instanceof Value.Str string) {
      quote(string.value(), out);
    } else if (value instanceof Value.Seq seq) {
      out.append('[');
      for (int i = 0; i < seq.elements().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        encode(seq.elements().get(i), out);
      }
      out.append(']');
    } else if (value instanceof Value.Struct struct) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Value> entry : struct.attributes().entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(entry.getKey(), out);
        out.append(':');
        encode(entry.getValue(), out);
      }
      out.append('}');
    } else {
      throw new EvaluationError(null, "cannot encode an unknown value");
    }
    if (out.length() > Evaluator.MAX_STRING) {
      throw new EvaluationError(null, "the JSON text would be longer than " + Evaluator.MAX_STRING + " characters");
    }
  }

  /** A JSON string as Go's encoder writes it. */
  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  // ---------------------------------------------------------------- CSV

  /**
   * CSV as Terraform's {@code csvdecode} reads it (RFC 4180): the first line names the columns;
   * every other line becomes an object of strings; every line must have as many fields.
   */
  public static Value csvDecode(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int i = 0;
    boolean fieldStarted = false;
    boolean atFieldStart = true;
    while (i <= text.length()) {
      if (i == text.length()) {
        if (fieldStarted || !row.isEmpty()) {
          row.add(field.toString());
          rows.add(row);
        }
        break;
      }
      char c = text.charAt(i);
      if (c == '"' && atFieldStart) {
        atFieldStart = false;
        int startLine = line;
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new EvaluationError(null, "CSV line " + startLine + ": a quoted field is not closed");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n') {
            line++;
          }
          if (!(q == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
            field.append(q);
          }
          i++;
        }
        fieldStarted = true;
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          throw new EvaluationError(null, "CSV line " + line + ": extraneous \" after a quoted field");
        }
        continue;
      }
      if (c == '"') {
        throw new EvaluationError(null, "CSV line " + line + ": a \" in an unquoted field; quote the field and double the \"");
      }
      if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
        atFieldStart = true;
        i++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        atFieldStart = true;
        line++;
        i++;
        continue;
      }
      field.append(c);
      fieldStarted = true;
      atFieldStart = false;
      i++;
    }
    if (rows.isEmpty()) {
      throw new EvaluationError(null, "the CSV text has no header line");
    }
    List<String> header = rows.get(0);
    List<Value> records = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> fields = rows.get(r);
      if (fields.size() != header.size()) {
        throw new EvaluationError(null, "CSV record " + (r + 1) + " has " + fields.size()
            + " fields, but the header has " + header.size());
      }
      Map<String, Value> record = new LinkedHashMap<>();
      for (int f = 0; f < header.size(); f++) {
        record.put(header.get(f), new Value.Str(fields.get(f)));
      }
      records.add(Value.Struct.object(record));
      if (records.size() > Evaluator.MAX_ELEMENTS) {
        throw new EvaluationError(null, "the CSV text has more than " + Evaluator.MAX_ELEMENTS + " records");
      }
    }
    return Value.Seq.list(records);
  }

  // ---------------------------------------------------------------- YAML

  private static final Pattern YAML_TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern YAML_FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern YAML_DECIMAL = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern YAML_OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern YAML_HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern YAML_SPECIAL_FLOAT = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  /**
   * YAML 1.2 (core schema) as Terraform's {@code yamldecode} reads it, anchors, aliases and merge
   * keys included. What this plugin cannot read the same way (tags other than the core ones, such as
   * {@code !!binary} and {@code !!timestamp}, several documents, infinities) is a clear error, never
   * a guess.
   */
  public static Value yamlDecode(String text) {
    Optional<Node> document;
    try {
      LoadSettings settings = LoadSettings.builder()
          .setAllowDuplicateKeys(false)
          .setMaxAliasesForCollections(1000)
          .setCodePointLimit(Math.max(text.length() + 1, 1))
          .setSchema(new CoreSchema())
          .build();
      Compose compose = new Compose(settings);
      Iterable<Node> all = compose.composeAllFromString(text);
      List<Node> nodes = new ArrayList<>();
      for (Node node : all) {
        nodes.add(node);
      }
      if (nodes.size() > 1) {
        throw new EvaluationError(null, "the YAML text has " + nodes.size() + " documents; yamldecode reads one");
      }
      document = nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
    } catch (YamlEngineException e) {
      throw new EvaluationError(null, "invalid YAML: " + e.getMessage().replace('\n', ' '));
    }
    if (document.isEmpty()) {
      return Value.NULL;
    }
    return yamlValue(document.get(), new IdentityHashMap<>());
  }

  private static Value yamlValue(Node node, IdentityHashMap<Node, Boolean> open) {
    if (open.containsKey(node)) {
      throw new EvaluationError(null, "the YAML text refers to a collection from inside itself (a cyclic alias)");
    }
    String tag = node.getTag().getValue();
    if (node instanceof ScalarNode scalar) {
      return yamlScalar(scalar, tag);
    }
    open.put(node, Boolean.TRUE);
    try {
      if (node instanceof SequenceNode sequence) {
        requireTag(tag, "tag:yaml.org,2002:seq");
        List<Value> elements = new ArrayList<>();
        for (Node element : sequence.getValue()) {
          elements.add(yamlValue(element, open));
        }
        return Value.Seq.tuple(elements);
      }
      MappingNode mapping = (MappingNode) node;
      requireTag(tag, "tag:yaml.org,2002:map");
      Map<String, Value> attributes = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode)) {
          throw new EvaluationError(null, "a YAML mapping key must be a scalar");
        }
        Value key = yamlValue(keyNode, open);
        if (key instanceof Value.Null) {
          throw new EvaluationError(null, "a YAML mapping key cannot be null");
        }
        attributes.put(Functions.str(key, "key"), yamlValue(tuple.getValueNode(), open));
      }
      return Value.Struct.object(attributes);
    } finally {
      open.remove(node);
    }
  }

  private static void requireTag(String tag, String expected) {
    if (!tag.equals(expected)) {
      throw new EvaluationError(null, "the YAML tag " + tag + " is not supported by this plugin");
    }
  }

  private static Value yamlScalar(ScalarNode scalar, String tag) {
    String text = scalar.getValue();
    switch (tag) {
      case "tag:yaml.org,2002:str" -> {
        return new Value.Str(text);
      }
      case "tag:yaml.org,2002:null" -> {
        return Value.NULL;
      }
      case "tag:yaml.org,2002:bool" -> {
        if (YAML_TRUE.matcher(text).matches()) {
          return Value.TRUE;
        }
        if (YAML_FALSE.matcher(text).matches()) {
          return Value.FALSE;
        }
        throw new EvaluationError(null, "\"" + text + "\" is not a YAML bool");
      }
      case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float" -> {
        Value number = yamlNumber(text);
        if (number == null && YAML_SPECIAL_FLOAT.matcher(text).matches()) {
          throw new EvaluationError(null, "\"" + text + "\" is an infinity or NaN, which Terraform numbers cannot hold");
        }
        if (number == null) {
          throw new EvaluationError(null, "\"" + text + "\" is not a YAML number this plugin can read");
        }
        return number;
      }
      default -> throw new EvaluationError(null, "the YAML tag " + tag + " is not supported by this plugin");
    }
  }

  /** A decimal number's exact value; an exponent beyond what BigDecimal holds is an error. */
  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new EvaluationError(null, "the number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
          + " is beyond what the plugin evaluates");
    }
  }

  private static Value yamlNumber(String text) {
    if (YAML_DECIMAL.matcher(text).matches()) {
      return new Value.Num(decimal(text.startsWith("+") ? text.substring(1) : text));
    }
    if (YAML_OCTAL.matcher(text).matches()) {
      return new Value.Num(new BigDecimal(new BigInteger(text.substring(2), 8)));
    }
    if (YAML_HEX.matcher(text).matches()) {
      return new Value.Num(new BigDecimal(new BigInteger(text.substring(2), 16)));
    }
    if (YAML_FLOAT.matcher(text).matches()) {
      return new Value.Num(decimal(text.startsWith("+") ? text.substring(1) : text));
    }
    return null;
  }
}
