package io.github.genesysdivisions.terraform.hcl;

/**
 * Decodes the text of template literals. The lexer has already checked every escape, so decoding
 * cannot fail.
 */
final class Literals {

  private Literals() {}

  /** Quoted-string text: backslash escapes, <code>$${</code> and <code>%%{</code>. */
  static String quoted(String source, int start, int end) {
    return decode(source, start, end, true);
  }

  /** Heredoc or template-file text: only <code>$${</code> and <code>%%{</code> are escapes. */
  static String raw(String source, int start, int end) {
    return decode(source, start, end, false);
  }

  private static String decode(String source, int start, int end, boolean backslashEscapes) {
    if (!needsDecoding(source, start, end, backslashEscapes)) {
      return source.substring(start, end);
    }
    StringBuilder text = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      char c = source.charAt(i);
      if (c == '\\' && backslashEscapes) {
        i = appendEscape(source, i, text);
      } else if ((c == '$' || c == '%') && i + 2 < end && source.charAt(i + 1) == c
          && source.charAt(i + 2) == '{') {
        text.append(c).append('{');
        i += 3;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }

  private static boolean needsDecoding(String source, int start, int end, boolean backslashes) {
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if ((c == '\\' && backslashes)
          || ((c == '$' || c == '%') && i + 2 < end && source.charAt(i + 1) == c
              && source.charAt(i + 2) == '{')) {
        return true;
      }
    }
    return false;
  }

  /** Appends the character the escape at {@code backslash} stands for; returns the escape's end. */
  private static int appendEscape(String source, int backslash, StringBuilder text) {
    char selector = source.charAt(backslash + 1);
    switch (selector) {
      case 'n' -> text.append('\n');
      case 'r' -> text.append('\r');
      case 't' -> text.append('\t');
      case 'u' -> {
        text.appendCodePoint(Integer.parseInt(source, backslash + 2, backslash + 6, 16));
        return backslash + 6;
      }
      case 'U' -> {
        text.appendCodePoint(Integer.parseInt(source, backslash + 2, backslash + 10, 16));
        return backslash + 10;
      }
      default -> text.append(selector);
    }
    return backslash + 2;
  }
}
