package io.github.genesysdivisions.terraform.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

/** Terraform's {@code format}: Go's {@code fmt} verbs, as Terraform's format function applies them. */
final class Format {

  private Format() {}

  static String format(String format, List<Value> args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    boolean reordered = false;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      i++;
      if (i < format.length() && format.charAt(i) == '%') {
        out.append('%');
        i++;
        continue;
      }
      boolean minus = false;
      boolean plus = false;
      boolean zero = false;
      boolean space = false;
      boolean sharp = false;
      for (; i < format.length(); i++) {
        char f = format.charAt(i);
        if (f == '-') {
          minus = true;
        } else if (f == '+') {
          plus = true;
        } else if (f == '0') {
          zero = true;
        } else if (f == ' ') {
          space = true;
        } else if (f == '#') {
          sharp = true;
        } else {
          break;
        }
      }
      if (i < format.length() && format.charAt(i) == '[') {
        int close = format.indexOf(']', i);
        if (close < 0) {
          throw new EvaluationError(null, "unclosed [ in the verb at offset " + start);
        }
        reordered = true;
        try {
          next = Integer.parseInt(format.substring(i + 1, close)) - 1;
        } catch (NumberFormatException e) {
          throw new EvaluationError(null, "invalid argument index in the verb at offset " + start);
        }
        i = close + 1;
      }
      int width = -1;
      int digits = i;
      while (i < format.length() && Character.isDigit(format.charAt(i))) {
        i++;
      }
      if (i > digits) {
        width = parseSmall(format.substring(digits, i));
      }
      int precision = -1;
      if (i < format.length() && format.charAt(i) == '.') {
        i++;
        int p = i;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
          i++;
        }
        precision = i > p ? parseSmall(format.substring(p, i)) : 0;
      }
      if (i >= format.length()) {
        throw new EvaluationError(null, "the format ends in the middle of a verb (offset " + start + ")");
      }
      char verb = format.charAt(i);
      i++;
      if (next < 0 || next >= args.size()) {
        throw new EvaluationError(null, "not enough arguments for the verb %" + verb + " at offset " + start);
      }
      Value arg = args.get(next++);
      if (arg instanceof Value.Null) {
        throw new EvaluationError(null, "the argument " + next + " for %" + verb + " is null, which cannot be formatted");
      }
      String text = verb(verb, arg, precision, plus, space, sharp, next);
      boolean numeric = arg instanceof Value.Num && "bdoxXeEfFgG".indexOf(verb) >= 0;
      out.append(pad(text, width, minus, zero && numeric && !minus));
      if (out.length() > Evaluator.MAX_STRING) {
        throw new EvaluationError(null, "the result would be longer than " + Evaluator.MAX_STRING + " characters");
      }
    }
    if (!reordered && next < args.size()) {
      throw new EvaluationError(null, "too many arguments: the format uses " + next + " of " + args.size());
    }
    return out.toString();
  }

  private static int parseSmall(String digits) {
    if (digits.length() > 6) {
      throw new EvaluationError(null, "the width or precision " + digits + " is too large");
    }
    return Integer.parseInt(digits);
  }

  private static String verb(char verb, Value arg, int precision, boolean plus, boolean space, boolean sharp, int index) {
    switch (verb) {
      case 'v' -> {
        if (sharp || arg instanceof Value.Seq || arg instanceof Value.Struct) {
          return DataFormats.jsonEncode(arg);
        }
        return Functions.str(arg, "value");
      }
      case 's' -> {
        String s = string(arg, verb, index);
        return precision >= 0 && precision < s.codePointCount(0, s.length())
            ? s.substring(0, s.offsetByCodePoints(0, precision)) : s;
      }
      case 'q' -> {
        return goQuote(string(arg, verb, index));
      }
      case 't' -> {
        if (!(arg instanceof Value.Bool) && !(arg instanceof Value.Str)) {
          throw unsupported(verb, arg, index);
        }
        return Boolean.toString(Evaluator.bool(arg, null, "the argument"));
      }
      default -> { }
    }
    BigDecimal number = number(arg, verb, index);
    String sign = number.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
    BigDecimal magnitude = number.abs();
    String digits = switch (verb) {
      case 'd', 'b', 'o', 'x', 'X' -> {
        BigInteger whole = Functions.wholeOrNull(magnitude);
        if (whole == null) {
          throw new EvaluationError(null, "%" + verb + " needs a whole number, and argument " + index + " is " + number.toPlainString());
        }
        String text = switch (verb) {
          case 'b' -> whole.toString(2);
          case 'o' -> (sharp ? "0" : "") + whole.toString(8);
          case 'x' -> (sharp ? "0x" : "") + whole.toString(16);
          case 'X' -> (sharp ? "0X" : "") + whole.toString(16).toUpperCase(java.util.Locale.ROOT);
          default -> whole.toString();
        };
        yield text;
      }
      case 'f', 'F' -> magnitude.setScale(precision < 0 ? 6 : precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
      case 'e', 'E' -> {
        String e = scientific(magnitude, precision < 0 ? 6 : precision);
        yield verb == 'E' ? e.toUpperCase(java.util.Locale.ROOT) : e;
      }
      case 'g', 'G' -> {
        BigDecimal shown = precision < 0 ? magnitude : magnitude.round(new MathContext(Math.max(1, precision)));
        int exponent = shown.signum() == 0 ? 0 : shown.precision() - shown.scale() - 1;
        int limit = precision < 0 ? 21 : Math.max(1, precision);
        String g = exponent < -4 || exponent >= limit
            ? scientific(shown, Math.max(0, shown.stripTrailingZeros().precision() - 1))
            : shown.stripTrailingZeros().toPlainString();
        yield verb == 'G' ? g.toUpperCase(java.util.Locale.ROOT) : g;
      }
      default -> throw new EvaluationError(null, "unsupported verb %" + verb + " in the format");
    };
    return sign + digits;
  }

  /** Go's {@code strconv.Quote}: printable characters as they are, the others escaped. */
  private static String goQuote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 7 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 11 -> out.append("\\v");
        default -> {
          int type = Character.getType(c);
          boolean printable = c == ' ' || !(type == Character.CONTROL || type == Character.FORMAT
              || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
              || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR);
          if (printable) {
            out.appendCodePoint(c);
          } else if (c < 0x80) {
            out.append(String.format("\\x%02x", c));
          } else if (c < 0x10000) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.append(String.format("\\U%08x", c));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  private static String scientific(BigDecimal magnitude, int precision) {
    if (magnitude.signum() == 0) {
      return BigDecimal.ZERO.setScale(precision).toPlainString() + "e+00";
    }
    int exponent = magnitude.precision() - magnitude.scale() - 1;
    BigDecimal mantissa = magnitude.movePointLeft(exponent).setScale(precision, java.math.RoundingMode.HALF_EVEN);
    if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
      exponent++;
      mantissa = magnitude.movePointLeft(exponent).setScale(precision, java.math.RoundingMode.HALF_EVEN);
    }
    String exp = String.format("%02d", Math.abs(exponent));
    return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + exp;
  }

  private static String string(Value arg, char verb, int index) {
    if (arg instanceof Value.Seq || arg instanceof Value.Struct) {
      throw unsupported(verb, arg, index);
    }
    return Functions.str(arg, "value");
  }

  private static BigDecimal number(Value arg, char verb, int index) {
    if (arg instanceof Value.Seq || arg instanceof Value.Struct || arg instanceof Value.Bool) {
      throw unsupported(verb, arg, index);
    }
    try {
      return Functions.num(arg);
    } catch (EvaluationError e) {
      throw unsupported(verb, arg, index);
    }
  }

  private static EvaluationError unsupported(char verb, Value arg, int index) {
    return new EvaluationError(null, "%" + verb + " cannot format argument " + index + ", a " + arg.typeName());
  }

  private static String pad(String text, int width, boolean left, boolean zeros) {
    int length = text.codePointCount(0, text.length());
    if (width <= length) {
      return text;
    }
    String padding = (zeros ? "0" : " ").repeat(width - length);
    if (left) {
      return text + padding;
    }
    if (zeros && !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+' || text.charAt(0) == ' ')) {
      return text.charAt(0) + padding + text.substring(1);
    }
    return padding + text;
  }
}
