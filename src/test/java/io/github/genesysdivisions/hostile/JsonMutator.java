package io.github.genesysdivisions.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of JSON documents, for tests that feed readers hostile input: byte and bit
 * flips, truncation, duplicated and deleted slices, stray tokens, invalid UTF-8, deep nesting, huge
 * numbers, and values of the wrong type put anywhere in the tree.
 */
public final class JsonMutator {

  /** What a mutation did, for the message of a failing case. */
  public record Mutant(byte[] bytes, List<String> steps) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> TOKENS = List.of(
      "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-", "0", "\\", "\\u", "\\ud800", "/*", "//",
      "\"\\u0000\"", "NaN", "Infinity", "1e", "\u2028", "\ufeff");

  private static final List<String> HUGE_NUMBERS = List.of(
      "1e999999999", "-1e400", "1e-400", "9".repeat(400), "-" + "9".repeat(1200), "0." + "0".repeat(2000) + "1",
      "18446744073709551616", "2147483648", "-2147483649", "4.000000000000000000000001", "4e0", "4.0", "-0");

  private final Random random;

  public JsonMutator(long seed) {
    this.random = new Random(seed);
  }

  /** One to three mutations of the seed document. */
  public Mutant mutate(byte[] seed) {
    byte[] bytes = seed;
    List<String> steps = new ArrayList<>();
    for (int count = 1 + random.nextInt(3); count > 0; count--) {
      int kind = random.nextInt(11);
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      switch (kind) {
        case 0 -> {
          bytes = bytes.clone();
          if (bytes.length > 0) {
            bytes[at] = (byte) random.nextInt(256);
          }
          steps.add("byte at " + at);
        }
        case 1 -> {
          bytes = bytes.clone();
          if (bytes.length > 0) {
            bytes[at] ^= (byte) (1 << random.nextInt(8));
          }
          steps.add("bit at " + at);
        }
        case 2 -> {
          bytes = Arrays.copyOf(bytes, at);
          steps.add("truncate at " + at);
        }
        case 3 -> {
          int length = random.nextInt(Math.max(1, bytes.length - at) + 1);
          bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + length)));
          steps.add("duplicate " + length + " at " + at);
        }
        case 4 -> {
          int length = random.nextInt(Math.max(1, bytes.length - at) + 1);
          bytes = splice(bytes, at, Math.min(length, bytes.length - at), new byte[0]);
          steps.add("delete " + length + " at " + at);
        }
        case 5 -> {
          String token = TOKENS.get(random.nextInt(TOKENS.size()));
          bytes = splice(bytes, at, 0, token.getBytes(StandardCharsets.UTF_8));
          steps.add("insert " + token + " at " + at);
        }
        case 6 -> {
          byte[] invalid = {(byte) 0xff, (byte) 0xc0, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xf4};
          int from = random.nextInt(invalid.length);
          bytes = splice(bytes, at, 0, Arrays.copyOfRange(invalid, from, Math.min(invalid.length, from + 3)));
          steps.add("invalid UTF-8 at " + at);
        }
        case 7 -> {
          int depth = 1 + random.nextInt(3000);
          boolean balanced = random.nextBoolean();
          String open = random.nextBoolean() ? "[" : "{\"k\":";
          String close = open.equals("[") ? "]" : "}";
          String nest = open.repeat(depth) + "1" + (balanced ? close.repeat(depth) : "");
          bytes = atValue(bytes, nest);
          steps.add("nest " + depth + (balanced ? "" : " unbalanced"));
        }
        case 8 -> {
          String number = HUGE_NUMBERS.get(random.nextInt(HUGE_NUMBERS.size()));
          bytes = atValue(bytes, number);
          steps.add("number " + (number.length() > 20 ? number.substring(0, 20) + "..." : number));
        }
        default -> {
          byte[] mutated = wrongType(bytes);
          steps.add(mutated == null ? "wrong type: not JSON, unchanged" : "wrong type");
          if (mutated != null) {
            bytes = mutated;
          }
        }
      }
    }
    return new Mutant(bytes, steps);
  }

  /** Replaces the value after a random {@code :} (or at a random place) with the given text. */
  private byte[] atValue(byte[] bytes, String value) {
    List<Integer> colons = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == ':') {
        colons.add(i);
      }
    }
    if (colons.isEmpty()) {
      return splice(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length), 0,
          value.getBytes(StandardCharsets.UTF_8));
    }
    int colon = colons.get(random.nextInt(colons.size()));
    int end = colon + 1;
    while (end < bytes.length && bytes[end] != ',' && bytes[end] != '}' && bytes[end] != '\n') {
      end++;
    }
    return splice(bytes, colon + 1, end - colon - 1, value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses the document and puts a value of another type (or a copy of another node) somewhere;
   * {@code null} when the document is not JSON, or is nested too deeply to be written back.
   */
  private byte[] wrongType(byte[] bytes) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (IOException e) {
      return null;
    }
    if (root == null) {
      return null;
    }
    List<JsonNode> containers = new ArrayList<>();
    List<JsonNode> all = new ArrayList<>();
    collect(root, containers, all);
    if (containers.isEmpty()) {
      return replacement(all).toString().getBytes(StandardCharsets.UTF_8);
    }
    ContainerNode<?> parent = (ContainerNode<?>) containers.get(random.nextInt(containers.size()));
    JsonNode value = replacement(all);
    if (parent instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty() || random.nextInt(5) == 0) {
        object.set(random.nextBoolean() ? "id" : "x" + random.nextInt(10), value);
      } else if (random.nextInt(6) == 0) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), value);
      }
    } else if (parent instanceof ArrayNode array) {
      if (array.isEmpty() || random.nextInt(4) == 0) {
        array.add(value);
      } else {
        array.set(random.nextInt(array.size()), value);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MAPPER.writeValue(out, root);
      return out.toByteArray();
    } catch (IOException e) {
      return null;
    }
  }

  private JsonNode replacement(List<JsonNode> all) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (random.nextInt(12)) {
      case 0 -> nodes.nullNode();
      case 1 -> nodes.booleanNode(random.nextBoolean());
      case 2 -> nodes.numberNode(random.nextInt(9) - 2);
      case 3 -> nodes.numberNode(new BigInteger(100, random));
      case 4 -> nodes.numberNode(random.nextBoolean() ? Double.MAX_VALUE : -0.5);
      case 5 -> nodes.textNode("");
      case 6 -> nodes.textNode(TOKENS.get(random.nextInt(TOKENS.size())) + "$(touch pwned)\n");
      case 7 -> nodes.arrayNode();
      case 8 -> nodes.objectNode();
      case 9 -> nodes.arrayNode().add(nodes.objectNode());
      default -> all.get(random.nextInt(all.size())).deepCopy();
    };
  }

  private static void collect(JsonNode node, List<JsonNode> containers, List<JsonNode> all) {
    all.add(node);
    if (node.isContainerNode()) {
      containers.add(node);
      for (JsonNode child : node) {
        collect(child, containers, all);
      }
    }
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] out = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
    return out;
  }
}
