package io.github.genesysdivisions.terraform;

import java.math.BigDecimal;

/** Writes resource instance addresses exactly as Terraform does. */
public final class Addresses {

  /** The resource type this plugin checks. */
  public static final String DIVISION_TYPE = "genesyscloud_auth_division";

  private Addresses() {}

  /** {@code [0]} for a number key, {@code ["key"]} for a string key, empty for no key. */
  public static String indexSuffix(Object key) {
    if (key == null) {
      return "";
    }
    if (key instanceof Number number) {
      return "[" + new BigDecimal(number.toString()).toBigInteger() + "]";
    }
    return "[" + quote(key.toString()) + "]";
  }

  /**
   * Quotes a string key as Terraform writes it in an address: an HCL quoted string, with
   * {@code ${} and {@code %{} escaped so the address can be pasted into configuration.
   */
  public static String quote(String key) {
    StringBuilder out = new StringBuilder(key.length() + 2).append('"');
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$', '%' -> {
          out.appendCodePoint(c);
          if (i < key.length() && key.charAt(i) == '{') {
            out.appendCodePoint(c);
          }
        }
        default -> appendPrintable(c, out);
      }
    }
    return out.append('"').toString();
  }

  /**
   * The text with each character that {@link #quote} would escape for being unprintable (controls
   * such as newline and escape, format characters, line and paragraph separators, unpaired
   * surrogates) written as {@code \\uXXXX}, and nothing else changed: for putting text that came
   * from a file into a one-line message.
   */
  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      appendPrintable(c, out);
    }
    return out.toString();
  }

  /** The character as it is, or as Terraform escapes it when it is not printable. */
  private static void appendPrintable(int c, StringBuilder out) {
    if (isPrint(c)) {
      out.appendCodePoint(c);
    } else if (c < 0x10000) {
      out.append(String.format("\\u%04x", c));
    } else {
      out.append(String.format("\\U%08x", c));
    }
  }

  /**
   * Go's {@code unicode.IsPrint}, which Terraform uses: letters, marks, numbers, punctuation,
   * symbols and the ASCII space.
   */
  private static boolean isPrint(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
          Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }

  /** The address of a resource or data source instance, under an optional module path. */
  public static String instance(String modulePath, DeclarationMode mode, String type, String name, Object key) {
    StringBuilder out = new StringBuilder();
    if (modulePath != null && !modulePath.isEmpty()) {
      out.append(modulePath).append('.');
    }
    if (mode == DeclarationMode.DATA) {
      out.append("data.");
    }
    return out.append(type).append('.').append(name).append(indexSuffix(key)).toString();
  }
}
