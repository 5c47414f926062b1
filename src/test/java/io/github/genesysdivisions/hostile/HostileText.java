package io.github.genesysdivisions.hostile;

import java.util.List;
import java.util.Random;

/**
 * Seeded strings from all of Unicode and from the pieces that break badly quoted words in sh, HCL,
 * JSON, XML and log lines: quotes, {@code $}, {@code $(...)}, backticks, backslashes, {@code ${},
 * {@code %{}, newlines, U+2028, controls, combining marks, lone and paired surrogates.
 */
public final class HostileText {

  /** Pieces that break out of badly quoted words; the payloads create a file named {@code pwned...}. */
  public static final List<String> PIECES = List.of(
      "'", "\"", "$", "$(touch pwned)", "$(touch pwned-$$)", "`touch pwned`", "\\", "\\'", "\\\"",
      "${", "${HOME}", "%{", "%{ if true }x%{ endif }", "$${", "%%{", "\n", "\r\n", "\t", "\u2028",
      "\u2029", "\u0085", "\u0000", "\u001b[31m", "\u007f", "e\u0301", "\u0301", "\u200b", "\u202e",
      "\ufeff", "\ud83d\ude80", "\ud800", "\udfff", "'\\''", "'; touch pwned; echo '",
      "\"; touch pwned; echo \"", "}", "]", "[", ".", " ", "*", "?", "~", "!", "#", "&", "|", ";",
      "<", ">", "-chdir=/", "--", "-", "=", "\n[INFO] BUILD SUCCESS", "]]>", "<!--", "&amp;");

  private HostileText() {}

  /** Up to seven pieces: hostile pieces, any code point, any UTF-16 unit, emoji, controls, marks, ASCII. */
  public static String next(Random random) {
    StringBuilder text = new StringBuilder();
    for (int pieces = random.nextInt(8); pieces > 0; pieces--) {
      switch (random.nextInt(7)) {
        case 0, 1 -> text.append(PIECES.get(random.nextInt(PIECES.size())));
        case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        case 3 -> text.append((char) random.nextInt(0x10000));
        case 4 -> text.appendCodePoint(0x1F300 + random.nextInt(0x700));
        case 5 -> text.appendCodePoint(random.nextBoolean() ? random.nextInt(0x20) : 0x300 + random.nextInt(0x70));
        default -> text.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return text.toString();
  }
}
