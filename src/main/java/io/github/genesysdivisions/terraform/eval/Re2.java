package io.github.genesysdivisions.terraform.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression in RE2 syntax (Go's, which Terraform uses), translated to Java's: named
 * groups {@code (?P<name>...)} (whose names may hold {@code _}, which Java's may not), POSIX classes
 * such as {@code [[:alpha:]]}, and {@code [}, {@code &} taken literally inside a class, as RE2 does.
 *
 * @param pattern the Java pattern
 * @param groupNames for each capture group in order, its RE2 name, or null when unnamed
 */
record Re2(Pattern pattern, List<String> groupNames) {

  private static final Map<String, String> POSIX = Map.ofEntries(
      Map.entry("alnum", "Alnum"), Map.entry("alpha", "Alpha"), Map.entry("ascii", "ASCII"),
      Map.entry("blank", "Blank"), Map.entry("cntrl", "Cntrl"), Map.entry("digit", "Digit"),
      Map.entry("graph", "Graph"), Map.entry("lower", "Lower"), Map.entry("print", "Print"),
      Map.entry("punct", "Punct"), Map.entry("space", "Space"), Map.entry("upper", "Upper"),
      Map.entry("xdigit", "XDigit"));

  static Re2 compile(String re2) {
    StringBuilder java = new StringBuilder(re2.length() + 16);
    List<String> names = new ArrayList<>();
    boolean inClass = false;
    int i = 0;
    while (i < re2.length()) {
      char c = re2.charAt(i);
      if (c == '\\' && i + 1 < re2.length()) {
        java.append(c).append(re2.charAt(i + 1));
        i += 2;
        continue;
      }
      if (inClass) {
        if (c == '[' && re2.startsWith("[:", i)) {
          int close = re2.indexOf(":]", i + 2);
          String name = close < 0 ? null : re2.substring(i + 2, close);
          boolean negated = name != null && name.startsWith("^");
          String key = name == null ? null : negated ? name.substring(1) : name;
          if (key != null && (POSIX.containsKey(key) || key.equals("word"))) {
            java.append(key.equals("word") ? (negated ? "\\W" : "\\w")
                : (negated ? "\\P{" : "\\p{") + POSIX.get(key) + "}");
            i = close + 2;
            continue;
          }
          throw new EvaluationError(null, "invalid regular expression \"" + re2 + "\": unknown character class " + re2.substring(i));
        }
        if (c == '[' || c == '&') {
          java.append('\\').append(c);
        } else {
          java.append(c);
          if (c == ']') {
            inClass = false;
          }
        }
        i++;
        continue;
      }
      if (c == '[') {
        inClass = true;
        java.append(c);
        i++;
        if (i < re2.length() && re2.charAt(i) == '^') {
          java.append('^');
          i++;
        }
        if (i < re2.length() && re2.charAt(i) == ']') {
          java.append("\\]");
          i++;
        }
        continue;
      }
      if (c == '(') {
        String name = null;
        int skip = 1;
        if (re2.startsWith("(?P<", i) || (re2.startsWith("(?<", i) && !re2.startsWith("(?<=", i) && !re2.startsWith("(?<!", i))) {
          int open = re2.indexOf('<', i);
          int close = re2.indexOf('>', open);
          if (close < 0) {
            throw new EvaluationError(null, "invalid regular expression \"" + re2 + "\": unclosed group name");
          }
          name = re2.substring(open + 1, close);
          if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new EvaluationError(null, "invalid regular expression \"" + re2 + "\": invalid group name " + name);
          }
          names.add(name);
          java.append("(?<g").append(names.size()).append('>');
          i = close + 1;
          continue;
        }
        if (!re2.startsWith("(?", i)) {
          names.add(null);
        }
        java.append(c);
        i += skip;
        continue;
      }
      java.append(c);
      i++;
    }
    try {
      return new Re2(Pattern.compile(java.toString()), Collections.unmodifiableList(names));
    } catch (PatternSyntaxException e) {
      throw new EvaluationError(null, "invalid regular expression \"" + re2 + "\": " + e.getDescription());
    }
  }

  /** Whether any capture group is named. */
  boolean hasNames() {
    return groupNames.stream().anyMatch(n -> n != null);
  }

  /** The Java group number of an RE2 group name, or -1. */
  int group(String name) {
    int index = groupNames.indexOf(name);
    return index < 0 ? -1 : index + 1;
  }
}
