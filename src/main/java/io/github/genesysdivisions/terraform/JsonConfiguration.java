package io.github.genesysdivisions.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.genesysdivisions.terraform.hcl.Attribute;
import io.github.genesysdivisions.terraform.hcl.Block;
import io.github.genesysdivisions.terraform.hcl.Body;
import io.github.genesysdivisions.terraform.hcl.BodyItem;
import io.github.genesysdivisions.terraform.hcl.BoolLiteral;
import io.github.genesysdivisions.terraform.hcl.Expression;
import io.github.genesysdivisions.terraform.hcl.NullLiteral;
import io.github.genesysdivisions.terraform.hcl.NumberLiteral;
import io.github.genesysdivisions.terraform.hcl.ObjectExpression;
import io.github.genesysdivisions.terraform.hcl.ObjectItem;
import io.github.genesysdivisions.terraform.hcl.Parser;
import io.github.genesysdivisions.terraform.hcl.TemplateExpression;
import io.github.genesysdivisions.terraform.hcl.TemplateLiteral;
import io.github.genesysdivisions.terraform.hcl.TupleExpression;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Terraform's JSON syntax ({@code .tf.json}) into the same tree as native syntax, as
 * Terraform specifies it: the top-level object's keys are block types, nested objects hold the
 * labels, strings are templates (except a variable's {@code type}, which is an expression, and
 * literal-only arguments such as {@code source}), a key {@code "//"} is a comment.
 */
final class JsonConfiguration {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Labels each top-level block type takes. */
  private static final Map<String, Integer> LABELS = Map.of(
      "resource", 2, "data", 2, "variable", 1, "module", 1, "output", 1, "provider", 1,
      "locals", 0, "terraform", 0, "moved", 0, "import", 0);

  /** Nested block types of resource and data blocks (everything else is an argument). */
  private static final Set<String> NESTED_BLOCKS = Set.of("lifecycle", "provisioner", "connection", "validation");

  /** Arguments whose strings are literal, never templates. */
  private static final Set<String> LITERAL = Set.of("source", "version", "description");

  /** A JSON value with where it starts. */
  private record Node(Object value, SourcePosition position) {}

  private JsonConfiguration() {}

  static Body parse(String text, String file) throws TerraformSyntaxException {
    Node root;
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new TerraformSyntaxException(new SourcePosition(file, 1, 1), "the file is empty; a JSON configuration is an object");
      }
      root = read(parser, first, file);
      if (parser.nextToken() != null) {
        throw new TerraformSyntaxException(position(parser.currentTokenLocation(), file), "more JSON after the top-level object");
      }
    } catch (JsonProcessingException e) {
      throw new TerraformSyntaxException(position(e.getLocation(), file), "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new TerraformSyntaxException(new SourcePosition(file, 1, 1), "invalid JSON: " + e.getMessage());
    }
    List<BodyItem> items = new ArrayList<>();
    for (Map.Entry<String, Node> entry : object(root, "the top level").entrySet()) {
      String type = entry.getKey();
      if (type.equals("//")) {
        continue;
      }
      Integer labels = LABELS.get(type);
      if (labels == null) {
        throw new TerraformSyntaxException(entry.getValue().position(), "\"" + type + "\" is not a Terraform block type");
      }
      if (type.equals("locals")) {
        for (Node body : bodies(entry.getValue())) {
          items.add(new Block("locals", List.of(), body(body, "locals", file), entry.getValue().position()));
        }
      } else {
        addBlocks(type, labels, new ArrayList<>(), entry.getValue(), file, items);
      }
    }
    return new Body(items, new SourcePosition(file, 1, 1));
  }

  private static void addBlocks(String type, int labels, List<String> given, Node node, String file, List<BodyItem> items)
      throws TerraformSyntaxException {
    if (given.size() == labels) {
      for (Node body : bodies(node)) {
        items.add(new Block(type, given, body(body, type, file), body.position()));
      }
      return;
    }
    if (node.value() instanceof List<?>) {
      for (Node element : bodies(node)) {
        addBlocks(type, labels, given, element, file, items);
      }
      return;
    }
    for (Map.Entry<String, Node> entry : object(node, "a " + type + " block's labels").entrySet()) {
      if (entry.getKey().equals("//")) {
        continue;
      }
      List<String> more = new ArrayList<>(given);
      more.add(entry.getKey());
      addBlocks(type, labels, more, entry.getValue(), file, items);
    }
  }

  /** A block body: an object, or an array of objects for several blocks. */
  private static List<Node> bodies(Node node) {
    if (node.value() instanceof List<?> list) {
      List<Node> bodies = new ArrayList<>();
      for (Object element : list) {
        bodies.add((Node) element);
      }
      return bodies;
    }
    return List.of(node);
  }

  private static Body body(Node node, String blockType, String file) throws TerraformSyntaxException {
    List<BodyItem> items = new ArrayList<>();
    for (Map.Entry<String, Node> entry : object(node, "a " + blockType + " block").entrySet()) {
      String name = entry.getKey();
      Node value = entry.getValue();
      if (name.equals("//")) {
        continue;
      }
      boolean nested = (blockType.equals("resource") || blockType.equals("data") || blockType.equals("variable"))
          && NESTED_BLOCKS.contains(name) && (value.value() instanceof Map || value.value() instanceof List);
      if (nested) {
        for (Node body : bodies(value)) {
          items.add(new Block(name, List.of(), body(body, name, file), body.position()));
        }
      } else if (blockType.equals("variable") && name.equals("type") && value.value() instanceof String text) {
        items.add(new Attribute(name, Parser.parseExpression(text, file), value.position()));
      } else if (blockType.equals("variable") && name.equals("default")) {
        items.add(new Attribute(name, literal(value), value.position()));
      } else if (LITERAL.contains(name) && value.value() instanceof String) {
        items.add(new Attribute(name, literal(value), value.position()));
      } else {
        items.add(new Attribute(name, expression(value, file), value.position()));
      }
    }
    return new Body(items, node.position());
  }

  /** A JSON value as an expression, strings being templates. */
  private static Expression expression(Node node, String file) throws TerraformSyntaxException {
    Object value = node.value();
    if (value instanceof String text) {
      SourcePosition at = node.position();
      return Parser.parseTemplate(text, file, at.line(), at.column() + 1);
    }
    if (value instanceof List<?> list) {
      List<Expression> elements = new ArrayList<>();
      for (Object element : list) {
        elements.add(expression((Node) element, file));
      }
      return new TupleExpression(elements, node.position());
    }
    if (value instanceof Map<?, ?> map) {
      List<ObjectItem> items = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Node item = (Node) entry.getValue();
        String key = (String) entry.getKey();
        items.add(new ObjectItem(Parser.parseTemplate(key, file, item.position().line(), item.position().column()),
            expression(item, file), item.position()));
      }
      return new ObjectExpression(items, node.position());
    }
    return scalar(node);
  }

  /** A JSON value taken literally, strings included. */
  private static Expression literal(Node node) {
    Object value = node.value();
    if (value instanceof String text) {
      return new TemplateExpression(List.of(new TemplateLiteral(text, node.position())), node.position());
    }
    if (value instanceof List<?> list) {
      List<Expression> elements = new ArrayList<>();
      for (Object element : list) {
        elements.add(literal((Node) element));
      }
      return new TupleExpression(elements, node.position());
    }
    if (value instanceof Map<?, ?> map) {
      List<ObjectItem> items = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Node item = (Node) entry.getValue();
        items.add(new ObjectItem(
            new TemplateExpression(List.of(new TemplateLiteral((String) entry.getKey(), item.position())), item.position()),
            literal(item), item.position()));
      }
      return new ObjectExpression(items, node.position());
    }
    return scalar(node);
  }

  private static Expression scalar(Node node) {
    Object value = node.value();
    if (value instanceof BigDecimal number) {
      return new NumberLiteral(number, node.position());
    }
    if (value instanceof Boolean bool) {
      return new BoolLiteral(bool, node.position());
    }
    return new NullLiteral(node.position());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Node> object(Node node, String what) throws TerraformSyntaxException {
    if (!(node.value() instanceof Map)) {
      throw new TerraformSyntaxException(node.position(), "expected a JSON object for " + what);
    }
    return (Map<String, Node>) node.value();
  }

  private static Node read(JsonParser parser, JsonToken token, String file) throws IOException {
    SourcePosition at = position(parser.currentTokenLocation(), file);
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> members = new java.util.LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          members.put(name, read(parser, parser.nextToken(), file));
        }
        return new Node(members, at);
      }
      case START_ARRAY -> {
        List<Node> elements = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          elements.add(read(parser, next, file));
        }
        return new Node(elements, at);
      }
      case VALUE_STRING -> {
        return new Node(parser.getText(), at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        try {
          return new Node(new BigDecimal(parser.getText()), at);
        } catch (NumberFormatException e) {
          throw new JsonParseException(parser, "the number is too large", parser.currentTokenLocation());
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(token == JsonToken.VALUE_TRUE, at);
      }
      default -> {
        return new Node(null, at);
      }
    }
  }

  private static SourcePosition position(JsonLocation location, String file) {
    if (location == null) {
      return new SourcePosition(file, 1, 1);
    }
    return new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
