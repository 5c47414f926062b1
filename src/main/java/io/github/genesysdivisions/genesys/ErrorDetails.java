package io.github.genesysdivisions.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes the telling fields of an error body, such as {@code message}, {@code code} and {@code
 * contextId}.
 */
final class ErrorDetails {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_QUOTE = 300;

  private ErrorDetails() {}

  /**
   * Quotes the named fields of a JSON object body, in order, as {@code message "...", code "..."}.
   *
   * @param body the body, possibly {@code null}, possibly not JSON
   * @param fields the fields to quote when they hold text or a number
   * @return the quotes, or an empty list when the body is not a JSON object or has none of them
   */
  static List<String> quote(String body, String... fields) {
    List<String> quotes = new ArrayList<>();
    JsonNode root = parse(body);
    if (root == null || !root.isObject()) {
      return quotes;
    }
    for (String field : fields) {
      JsonNode value = root.get(field);
      if (value != null && value.isValueNode() && !value.isNull()) {
        quotes.add(field + " \"" + shorten(value.asText()) + "\"");
      }
    }
    return quotes;
  }

  /** Whether the body is JSON. */
  static boolean isJson(String body) {
    return parse(body) != null;
  }

  /** The body on one line, shortened, for a body that is not JSON. */
  static String snippet(String body) {
    return shorten(body == null ? "" : body.strip());
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_QUOTE ? oneLine : oneLine.substring(0, MAX_QUOTE) + "...";
  }
}
