package io.github.genesysdivisions.terraform.eval;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import io.github.genesysdivisions.terraform.hcl.Parser;
import io.github.genesysdivisions.terraform.hcl.TemplateExpression;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Terraform's built-in functions, with Terraform's semantics. Functions that return a new value on
 * every run ({@code timestamp}, {@code uuid}, ...) give an unknown value; Terraform functions this
 * plugin does not evaluate give an unknown value that says so; any other name is an error.
 * File functions read paths relative to the root module directory, as Terraform (run there) does.
 */
public final class Functions {

  /** The largest file {@code file}, {@code templatefile} and {@code csvdecode(file())} read. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private static final Set<String> IMPURE = Set.of("timestamp", "uuid", "bcrypt", "plantimestamp");

  /** Functions that look only at the shape of their arguments, so unknown elements pass through. */
  private static final Set<String> STRUCTURAL = Set.of(
      "length", "element", "lookup", "keys", "values", "merge", "concat", "flatten", "slice",
      "reverse", "zipmap", "tolist", "tomap", "one", "coalescelist", "sensitive", "nonsensitive");

  /** Terraform functions this plugin does not evaluate: they make the value unknown, not an error. */
  private static final Set<String> NOT_EVALUATED = Set.of(
      "abspath", "pathexpand", "filebase64", "fileset", "filemd5", "filesha1", "filesha256",
      "filesha512", "filebase64sha256", "filebase64sha512", "base64sha256", "base64sha512",
      "base64gzip", "uuidv5", "textencodebase64", "textdecodebase64", "yamlencode", "formatdate",
      "timeadd", "timecmp", "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets", "log",
      "parseint", "issensitive", "type", "transpose", "chunklist", "setproduct", "matchkeys",
      "templatestring", "ephemeralasnull");

  private final Path rootDirectory;
  private final boolean inTemplate;
  private final String forbiddenIn;

  /**
   * @param rootDirectory the root module's directory: Terraform's working directory, against
   *     which relative paths ({@code file("users.csv")}, {@code "${path.module}/users.csv"}) are read
   */
  public Functions(Path rootDirectory) {
    this(rootDirectory, false, null);
  }

  private Functions(Path rootDirectory, boolean inTemplate, String forbiddenIn) {
    this.rootDirectory = rootDirectory;
    this.inTemplate = inTemplate;
    this.forbiddenIn = forbiddenIn;
  }

  /** No functions at all, as in a {@code .tfvars} file, where Terraform reads only literal values. */
  public static Functions none(String where) {
    return new Functions(Path.of("."), false, where);
  }

  /** The first unknown value inside a value (the value itself when it is unknown), or null. */
  static Value firstUnknown(Value value) {
    if (value instanceof Value.Unknown) {
      return value;
    }
    if (value instanceof Value.Seq seq) {
      for (Value element : seq.elements()) {
        Value unknown = firstUnknown(element);
        if (unknown != null) {
          return unknown;
        }
      }
    } else if (value instanceof Value.Struct struct) {
      for (Value element : struct.attributes().values()) {
        Value unknown = firstUnknown(element);
        if (unknown != null) {
          return unknown;
        }
      }
    }
    return null;
  }

  /**
   * Calls a function.
   *
   * @throws EvaluationError positioned for unknown functions, unpositioned for a function's own
   *     errors (the caller adds the call's place)
   */
  Value call(String name, List<Value> args, SourcePosition at, Evaluator caller) {
    if (forbiddenIn != null) {
      throw new EvaluationError(at, "functions cannot be called in " + forbiddenIn + " (" + name + "); Terraform reads only literal values there");
    }
    if (IMPURE.contains(name)) {
      return new Value.Unknown(name + "() returns a new value on every run (" + at + ")");
    }
    if (name.contains("::") || NOT_EVALUATED.contains(name)) {
      return new Value.Unknown("the plugin does not evaluate " + name + "() (" + at + ")");
    }
    for (Value arg : args) {
      Value unknown = STRUCTURAL.contains(name) ? (arg instanceof Value.Unknown ? arg : null) : firstUnknown(arg);
      if (unknown != null) {
        return unknown;
      }
    }
    Value result = strings(name, args);
    if (result == null) {
      result = collections(name, args);
    }
    if (result == null) {
      result = numbers(name, args, at);
    }
    if (result == null) {
      result = encodingsAndFiles(name, args, at, caller);
    }
    if (result == null) {
      throw new EvaluationError(at, "there is no function named \"" + name
          + "\" in Terraform; check its spelling");
    }
    return result;
  }

  // One switch per family of functions rather than one for all: a cold JVM compiles the families a
  // configuration uses, not the code of every function, and each family compiles sooner.

  /** A string function's result, or null when {@code name} is not one. */
  private static Value strings(String name, List<Value> args) {
    return switch (name) {
      case "lower" -> new Value.Str(mapCodePoints(str(arity(name, args, 1, 1).get(0), "string"), false));
      case "upper" -> new Value.Str(mapCodePoints(str(arity(name, args, 1, 1).get(0), "string"), true));
      case "title" -> new Value.Str(title(str(arity(name, args, 1, 1).get(0), "string")));
      case "trimspace" -> new Value.Str(trimSpace(str(arity(name, args, 1, 1).get(0), "string")));
      case "trim" -> trim(arity(name, args, 2, 2));
      case "trimprefix" -> {
        String s = str(arity(name, args, 2, 2).get(0), "string");
        String prefix = str(args.get(1), "prefix");
        yield new Value.Str(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
      }
      case "trimsuffix" -> {
        String s = str(arity(name, args, 2, 2).get(0), "string");
        String suffix = str(args.get(1), "suffix");
        yield new Value.Str(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
      }
      case "chomp" -> new Value.Str(str(arity(name, args, 1, 1).get(0), "string").replaceFirst("[\\r\\n]+$", ""));
      case "format" -> new Value.Str(Format.format(str(arity(name, args, 1, Integer.MAX_VALUE).get(0), "format"), args.subList(1, args.size())));
      case "formatlist" -> formatlist(arity(name, args, 1, Integer.MAX_VALUE));
      case "join" -> join(arity(name, args, 2, Integer.MAX_VALUE));
      case "split" -> split(arity(name, args, 2, 2));
      case "replace" -> replace(arity(name, args, 3, 3));
      case "substr" -> substr(arity(name, args, 3, 3));
      case "regex" -> regex(arity(name, args, 2, 2), false);
      case "regexall" -> regex(arity(name, args, 2, 2), true);
      case "startswith" -> Value.Bool.of(str(arity(name, args, 2, 2).get(0), "string").startsWith(str(args.get(1), "prefix")));
      case "endswith" -> Value.Bool.of(str(arity(name, args, 2, 2).get(0), "string").endsWith(str(args.get(1), "suffix")));
      case "strcontains" -> Value.Bool.of(str(arity(name, args, 2, 2).get(0), "string").contains(str(args.get(1), "substr")));
      case "indent" -> indent(arity(name, args, 2, 2));
      case "strrev" -> {
        List<String> characters = graphemes(str(arity(name, args, 1, 1).get(0), "string"));
        java.util.Collections.reverse(characters);
        yield new Value.Str(String.join("", characters));
      }
      default -> null;
    };
  }

  /** A collection, set or conversion function's result, or null when {@code name} is not one. */
  private static Value collections(String name, List<Value> args) {
    return switch (name) {
      case "length" -> length(arity(name, args, 1, 1).get(0));
      case "element" -> element(arity(name, args, 2, 2));
      case "index" -> indexOf(arity(name, args, 2, 2));
      case "lookup" -> lookup(arity(name, args, 2, 3));
      case "contains" -> Value.Bool.of(elements(arity(name, args, 2, 2).get(0), "list").contains(args.get(1)));
      case "keys" -> keys(arity(name, args, 1, 1).get(0));
      case "values" -> values(arity(name, args, 1, 1).get(0));
      case "merge" -> merge(args);
      case "concat" -> concat(args);
      case "flatten" -> Value.Seq.tuple(limit(flatten(arity(name, args, 1, 1).get(0), new ArrayList<>())));
      case "distinct" -> Value.Seq.list(new ArrayList<>(new LinkedHashSet<>(elements(arity(name, args, 1, 1).get(0), "list"))));
      case "toset" -> toCollection(arity(name, args, 1, 1).get(0), Value.SeqKind.SET);
      case "tolist" -> toCollection(arity(name, args, 1, 1).get(0), Value.SeqKind.LIST);
      case "tomap" -> tomap(arity(name, args, 1, 1).get(0));
      case "tostring" -> convertOrNull(arity(name, args, 1, 1).get(0), Type.STRING);
      case "tonumber" -> convertOrNull(arity(name, args, 1, 1).get(0), Type.NUMBER);
      case "tobool" -> convertOrNull(arity(name, args, 1, 1).get(0), Type.BOOL);
      case "coalesce" -> coalesce(arity(name, args, 1, Integer.MAX_VALUE));
      case "coalescelist" -> coalescelist(arity(name, args, 1, Integer.MAX_VALUE));
      case "compact" -> compact(arity(name, args, 1, 1).get(0));
      case "range" -> range(arity(name, args, 1, 3));
      case "zipmap" -> zipmap(arity(name, args, 2, 2));
      case "sort" -> sort(arity(name, args, 1, 1).get(0));
      case "reverse" -> reverse(arity(name, args, 1, 1).get(0));
      case "slice" -> slice(arity(name, args, 3, 3));
      case "one" -> one(arity(name, args, 1, 1).get(0));
      case "alltrue", "anytrue" -> allAny(name, arity(name, args, 1, 1).get(0));
      case "setunion", "setintersection", "setsubtract" -> setOperation(name, arity(name, args, name.equals("setsubtract") ? 2 : 1, name.equals("setsubtract") ? 2 : Integer.MAX_VALUE));
      case "sensitive", "nonsensitive" -> arity(name, args, 1, 1).get(0);
      default -> null;
    };
  }

  /** A numeric function's result, or null when {@code name} is not one. */
  private static Value numbers(String name, List<Value> args, SourcePosition at) {
    return switch (name) {
      case "min", "max" -> minMax(name, arity(name, args, 1, Integer.MAX_VALUE));
      case "abs" -> new Value.Num(num(arity(name, args, 1, 1).get(0)).abs());
      case "ceil" -> new Value.Num(num(arity(name, args, 1, 1).get(0)).setScale(0, RoundingMode.CEILING));
      case "floor" -> new Value.Num(num(arity(name, args, 1, 1).get(0)).setScale(0, RoundingMode.FLOOR));
      case "sum" -> sum(arity(name, args, 1, 1).get(0));
      case "signum" -> Value.Num.of(num(arity(name, args, 1, 1).get(0)).signum());
      case "pow" -> pow(arity(name, args, 2, 2), at);
      default -> null;
    };
  }

  /** An encoding, file, hash or path function's result, or null when {@code name} is not one. */
  private Value encodingsAndFiles(String name, List<Value> args, SourcePosition at, Evaluator caller) {
    return switch (name) {
      case "jsondecode" -> DataFormats.jsonDecode(str(arity(name, args, 1, 1).get(0), "string"));
      case "jsonencode" -> new Value.Str(DataFormats.jsonEncode(arity(name, args, 1, 1).get(0)));
      case "csvdecode" -> DataFormats.csvDecode(str(arity(name, args, 1, 1).get(0), "string"));
      case "yamldecode" -> DataFormats.yamlDecode(str(arity(name, args, 1, 1).get(0), "string"));
      case "file" -> new Value.Str(readFile(str(arity(name, args, 1, 1).get(0), "path")));
      case "fileexists" -> fileExists(str(arity(name, args, 1, 1).get(0), "path"));
      case "templatefile" -> templatefile(arity(name, args, 2, 2), caller);
      case "base64encode" -> new Value.Str(Base64.getEncoder().encodeToString(str(arity(name, args, 1, 1).get(0), "string").getBytes(StandardCharsets.UTF_8)));
      case "base64decode" -> base64decode(str(arity(name, args, 1, 1).get(0), "string"));
      case "basename" -> new Value.Str(basename(str(arity(name, args, 1, 1).get(0), "path")));
      case "dirname" -> new Value.Str(dirname(str(arity(name, args, 1, 1).get(0), "path")));
      case "md5", "sha1", "sha256", "sha512" -> new Value.Str(digest(name, str(arity(name, args, 1, 1).get(0), "string")));
      case "urlencode" -> new Value.Str(urlencode(str(arity(name, args, 1, 1).get(0), "string")));
      default -> null;
    };
  }

  /** pow with a whole exponent from 0 to 1000, exactly; other exponents are not evaluated. */
  private static Value pow(List<Value> args, SourcePosition at) {
    BigDecimal base = num(args.get(0));
    BigDecimal exponent = num(args.get(1));
    BigInteger whole = wholeOrNull(exponent);
    if (whole == null || whole.signum() < 0 || whole.compareTo(BigInteger.valueOf(1000)) > 0) {
      return new Value.Unknown("the plugin evaluates pow() only for whole exponents from 0 to 1000 (" + at + ")");
    }
    return new Value.Num(base.pow(whole.intValue()));
  }

  /** Go's {@code path/filepath.Base} on a Unix path. */
  private static String basename(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    String trimmed = path.replaceAll("/+$", "");
    if (trimmed.isEmpty()) {
      return "/";
    }
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** Go's {@code path/filepath.Dir} on a Unix path: everything but the last element, cleaned. */
  private static String dirname(String path) {
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash + 1);
    return clean(dir);
  }

  private static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else if (!(part.equals("..") && rooted)) {
        parts.add(part);
      }
    }
    String joined = String.join("/", parts);
    return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
  }

  private static String digest(String algorithm, String text) {
    String name = switch (algorithm) {
      case "md5" -> "MD5";
      case "sha1" -> "SHA-1";
      case "sha256" -> "SHA-256";
      default -> "SHA-512";
    };
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " is a standard JDK algorithm", e);
    }
  }

  /** Go's {@code url.QueryEscape}, which Terraform's urlencode uses. */
  private static String urlencode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append(c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(String.format("%02X", (int) c));
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- argument helpers

  private static List<Value> arity(String name, List<Value> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
      throw new EvaluationError(null, name + "() takes " + expected + " argument" + (expected.equals("1") ? "" : "s")
          + ", not " + args.size());
    }
    return args;
  }

  static String str(Value value, String what) {
    if (value instanceof Value.Str string) {
      return string.value();
    }
    if (value instanceof Value.Null) {
      throw new EvaluationError(null, "the " + what + " argument is null");
    }
    try {
      return ((Value.Str) Type.convert(value, Type.STRING, "")).value();
    } catch (EvaluationError e) {
      throw new EvaluationError(null, "the " + what + " argument must be a string, not a " + value.typeName());
    }
  }

  static BigDecimal num(Value value) {
    if (value instanceof Value.Null) {
      throw new EvaluationError(null, "a number argument is null");
    }
    try {
      return ((Value.Num) Type.convert(value, Type.NUMBER, "")).value();
    } catch (EvaluationError e) {
      throw new EvaluationError(null, "a number is required, not " + (value instanceof Value.Str s ? "\"" + s.value() + "\"" : "a " + value.typeName()));
    }
  }

  private static int integer(Value value, String what) {
    BigDecimal number = num(value);
    if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
      throw new EvaluationError(null, "the " + what + " must be a whole number, not " + number.toPlainString());
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new EvaluationError(null, "the " + what + " " + number.toPlainString() + " is too large");
    }
  }

  static List<Value> elements(Value value, String what) {
    if (value instanceof Value.Seq seq) {
      return seq.elements();
    }
    throw new EvaluationError(null, "the " + what + " argument must be a list, set or tuple, not a " + value.typeName());
  }

  private static Map<String, Value> attributes(Value value, String what) {
    if (value instanceof Value.Struct struct) {
      return struct.attributes();
    }
    throw new EvaluationError(null, "the " + what + " argument must be a map or object, not a " + value.typeName());
  }

  private static List<Value> limit(List<Value> values) {
    if (values.size() > Evaluator.MAX_ELEMENTS) {
      throw new EvaluationError(null, "the result would have more than " + Evaluator.MAX_ELEMENTS + " elements");
    }
    return values;
  }

  private static String limit(String text) {
    if (text.length() > Evaluator.MAX_STRING) {
      throw new EvaluationError(null, "the result would be longer than " + Evaluator.MAX_STRING + " characters");
    }
    return text;
  }

  // ---------------------------------------------------------------- strings

  /**
   * Go's {@code strings.ToUpper} and {@code ToLower}, which Terraform uses: each code point is
   * mapped on its own ({@code ß} stays {@code ß}, a final {@code Σ} becomes {@code σ}), unlike
   * Java's locale-aware full case mapping.
   */
  private static String mapCodePoints(String s, boolean upper) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      out.appendCodePoint(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Go's {@code strings.Title}: the first letter of each word in upper (title) case. */
  private static String title(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean previousSeparates = true;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      out.appendCodePoint(previousSeparates ? Character.toTitleCase(c) : c);
      previousSeparates = isSeparator(c);
    }
    return out.toString();
  }

  private static boolean isSeparator(int c) {
    if (c < 0x80) {
      return !(Character.isLetterOrDigit(c) || c == '_');
    }
    return Character.isLetter(c) || Character.isDigit(c) ? false : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isGoSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
  }

  private static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isGoSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  private static Value trim(List<Value> args) {
    String s = str(args.get(0), "string");
    String cutset = str(args.get(1), "cutset");
    int start = 0;
    int end = s.length();
    while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return new Value.Str(s.substring(start, end));
  }

  private static Value formatlist(List<Value> args) {
    String format = str(args.get(0), "format");
    int length = -1;
    for (Value arg : args.subList(1, args.size())) {
      if (arg instanceof Value.Seq seq) {
        if (length >= 0 && seq.elements().size() != length) {
          throw new EvaluationError(null, "the list arguments must all have the same length (" + length + " and " + seq.elements().size() + ")");
        }
        length = seq.elements().size();
      }
    }
    if (length < 0) {
      length = 1;
    }
    List<Value> results = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      List<Value> row = new ArrayList<>();
      for (Value arg : args.subList(1, args.size())) {
        row.add(arg instanceof Value.Seq seq ? seq.elements().get(i) : arg);
      }
      results.add(new Value.Str(Format.format(format, row)));
    }
    return Value.Seq.list(limit(results));
  }

  private static Value join(List<Value> args) {
    String separator = str(args.get(0), "separator");
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Value list : args.subList(1, args.size())) {
      for (Value element : elements(list, "list")) {
        if (element instanceof Value.Null) {
          throw new EvaluationError(null, "a list element to join is null");
        }
        if (!first) {
          out.append(separator);
        }
        out.append(str(element, "list element"));
        first = false;
        limit(out.toString().length() > Evaluator.MAX_STRING ? out.toString() : "");
      }
    }
    return new Value.Str(out.toString());
  }

  private static Value split(List<Value> args) {
    String separator = str(args.get(0), "separator");
    String s = str(args.get(1), "string");
    List<Value> parts = new ArrayList<>();
    if (separator.isEmpty()) {
      s.codePoints().forEach(c -> parts.add(new Value.Str(new String(Character.toChars(c)))));
    } else {
      int start = 0;
      int found;
      while ((found = s.indexOf(separator, start)) >= 0) {
        parts.add(new Value.Str(s.substring(start, found)));
        start = found + separator.length();
      }
      parts.add(new Value.Str(s.substring(start)));
    }
    return Value.Seq.list(limit(parts));
  }

  private static Value replace(List<Value> args) {
    String s = str(args.get(0), "string");
    String search = str(args.get(1), "substring");
    String replacement = str(args.get(2), "replacement");
    if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
      Re2 regex = Re2.compile(search.substring(1, search.length() - 1));
      Matcher matcher = regex.pattern().matcher(s);
      StringBuilder out = new StringBuilder();
      int last = 0;
      while (matcher.find()) {
        out.append(s, last, matcher.start());
        expand(replacement, matcher, regex, out);
        last = matcher.end();
        limit(out.length() > Evaluator.MAX_STRING ? out.toString() : "");
      }
      out.append(s.substring(last));
      return new Value.Str(out.toString());
    }
    if (search.isEmpty()) {
      StringBuilder out = new StringBuilder(replacement);
      s.codePoints().forEach(c -> out.appendCodePoint(c).append(replacement));
      return new Value.Str(limit(out.toString()));
    }
    return new Value.Str(limit(s.replace(search, replacement)));
  }

  /** Go's {@code Regexp.Expand}: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
  private static void expand(String template, Matcher matcher, Re2 regex, StringBuilder out) {
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i++;
        continue;
      }
      String name;
      int end;
      if (next == '{') {
        int close = template.indexOf('}', i + 2);
        if (close < 0) {
          out.append(c);
          continue;
        }
        name = template.substring(i + 2, close);
        end = close;
      } else {
        int j = i + 1;
        while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
          j++;
        }
        if (j == i + 1) {
          out.append(c);
          continue;
        }
        name = template.substring(i + 1, j);
        end = j - 1;
      }
      int number = name.chars().allMatch(Character::isDigit) && name.length() < 6 ? Integer.parseInt(name) : regex.group(name);
      String group = number >= 0 && number <= matcher.groupCount() ? matcher.group(number) : null;
      out.append(group == null ? "" : group);
      i = end;
    }
  }

  private static Value substr(List<Value> args) {
    String s = str(args.get(0), "string");
    int offset = integer(args.get(1), "offset");
    int length = integer(args.get(2), "length");
    List<String> characters = graphemes(s);
    int size = characters.size();
    if (offset < 0) {
      offset = Math.max(0, size + offset);
    }
    if (offset > size) {
      return new Value.Str("");
    }
    int end = length < 0 ? size : Math.min(size, offset + length);
    return new Value.Str(String.join("", characters.subList(offset, Math.max(offset, end))));
  }

  /** The user-perceived characters of a string, as Terraform counts them in length and substr. */
  static List<String> graphemes(String s) {
    List<String> characters = new ArrayList<>();
    java.text.BreakIterator iterator = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
    iterator.setText(s);
    int start = iterator.first();
    for (int end = iterator.next(); end != java.text.BreakIterator.DONE; start = end, end = iterator.next()) {
      characters.add(s.substring(start, end));
    }
    return characters;
  }

  private static Value regex(List<Value> args, boolean all) {
    Re2 regex = Re2.compile(str(args.get(0), "pattern"));
    String s = str(args.get(1), "string");
    Matcher matcher = regex.pattern().matcher(s);
    List<Value> matches = new ArrayList<>();
    while (matcher.find()) {
      Value match;
      if (matcher.groupCount() == 0) {
        match = new Value.Str(matcher.group());
      } else if (regex.hasNames()) {
        if (regex.groupNames().contains(null)) {
          throw new EvaluationError(null, "a pattern cannot mix named and unnamed capture groups");
        }
        Map<String, Value> groups = new TreeMap<>();
        for (String name : regex.groupNames()) {
          groups.put(name, groupValue(matcher.group(regex.group(name))));
        }
        match = Value.Struct.object(groups);
      } else {
        List<Value> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
          groups.add(groupValue(matcher.group(i)));
        }
        match = Value.Seq.tuple(groups);
      }
      if (!all) {
        return match;
      }
      matches.add(match);
      limit(matches);
    }
    if (!all) {
      throw new EvaluationError(null, "the pattern \"" + str(args.get(0), "pattern") + "\" does not match the string");
    }
    return Value.Seq.list(matches);
  }

  private static Value groupValue(String group) {
    return group == null ? Value.NULL : new Value.Str(group);
  }

  private static Value indent(List<Value> args) {
    int spaces = integer(args.get(0), "number of spaces");
    String s = str(args.get(1), "string");
    if (spaces < 0 || spaces > 10_000) {
      throw new EvaluationError(null, "the number of spaces must be between 0 and 10000");
    }
    return new Value.Str(limit(s.replace("\n", "\n" + " ".repeat(spaces))));
  }

  // ---------------------------------------------------------------- collections

  private static Value length(Value value) {
    if (value instanceof Value.Str s) {
      return Value.Num.of(graphemes(s.value()).size());
    }
    if (value instanceof Value.Seq seq) {
      return Value.Num.of(seq.elements().size());
    }
    if (value instanceof Value.Struct struct) {
      return Value.Num.of(struct.attributes().size());
    }
    throw new EvaluationError(null, "length() takes a string, list, set, tuple, map or object, not a " + value.typeName());
  }

  private static Value element(List<Value> args) {
    Value list = args.get(0);
    if (list instanceof Value.Seq seq && seq.kind() == Value.SeqKind.SET) {
      throw new EvaluationError(null, "element() cannot take a set; convert it with tolist()");
    }
    List<Value> elements = elements(list, "list");
    int index = integer(args.get(1), "index");
    if (elements.isEmpty()) {
      throw new EvaluationError(null, "element() cannot take an element of an empty list");
    }
    if (index < 0) {
      throw new EvaluationError(null, "element() cannot take a negative index");
    }
    return elements.get(index % elements.size());
  }

  private static Value indexOf(List<Value> args) {
    List<Value> elements = elements(args.get(0), "list");
    int index = elements.indexOf(args.get(1));
    if (index < 0) {
      throw new EvaluationError(null, "the list does not hold the given value");
    }
    return Value.Num.of(index);
  }

  private static Value lookup(List<Value> args) {
    Map<String, Value> map = attributes(args.get(0), "map");
    Value value = map.get(str(args.get(1), "key"));
    if (value != null) {
      return value;
    }
    if (args.size() == 3) {
      return args.get(2);
    }
    throw new EvaluationError(null, "the map has no key \"" + str(args.get(1), "key") + "\" and no default was given");
  }

  private static Value keys(Value value) {
    List<Value> keys = new ArrayList<>();
    for (String key : attributes(value, "map").keySet()) {
      keys.add(new Value.Str(key));
    }
    return value instanceof Value.Struct struct && struct.kind() == Value.StructKind.MAP ? Value.Seq.list(keys) : Value.Seq.tuple(keys);
  }

  private static Value values(Value value) {
    List<Value> values = new ArrayList<>(attributes(value, "map").values());
    return value instanceof Value.Struct struct && struct.kind() == Value.StructKind.MAP ? Value.Seq.list(values) : Value.Seq.tuple(values);
  }

  private static Value merge(List<Value> args) {
    Map<String, Value> merged = new LinkedHashMap<>();
    boolean allMaps = true;
    for (Value arg : args) {
      if (arg instanceof Value.Null) {
        continue;
      }
      if (arg instanceof Value.Unknown) {
        return arg;
      }
      merged.putAll(attributes(arg, "merge"));
      allMaps &= ((Value.Struct) arg).kind() == Value.StructKind.MAP;
    }
    return allMaps && !merged.isEmpty() ? Value.Struct.map(merged) : Value.Struct.object(merged);
  }

  private static Value concat(List<Value> args) {
    List<Value> all = new ArrayList<>();
    for (Value arg : args) {
      all.addAll(elements(arg, "concat"));
    }
    return Value.Seq.tuple(limit(all));
  }

  private static List<Value> flatten(Value value, List<Value> out) {
    for (Value element : elements(value, "list")) {
      if (element instanceof Value.Seq) {
        flatten(element, out);
      } else {
        out.add(element);
      }
      if (out.size() > Evaluator.MAX_ELEMENTS) {
        limit(out);
      }
    }
    return out;
  }

  private static Value toCollection(Value value, Value.SeqKind kind) {
    if (value instanceof Value.Null) {
      return value;
    }
    List<Value> elements = elements(value, kind == Value.SeqKind.SET ? "toset" : "tolist");
    List<Value> unified = unify(elements);
    if (kind == Value.SeqKind.SET) {
      for (Value element : unified) {
        if (element instanceof Value.Unknown) {
          return element;
        }
      }
    }
    return new Value.Seq(kind, unified);
  }

  /** Elements of one type, as Terraform's list and set conversion needs: mixed primitives become strings. */
  private static List<Value> unify(List<Value> elements) {
    boolean primitives = !elements.isEmpty();
    boolean mixed = false;
    String kind = null;
    for (Value element : elements) {
      if (element instanceof Value.Null || element instanceof Value.Unknown) {
        continue;
      }
      boolean primitive = element instanceof Value.Str || element instanceof Value.Num || element instanceof Value.Bool;
      primitives &= primitive;
      if (kind != null && !kind.equals(element.typeName())) {
        mixed = true;
      }
      kind = element.typeName();
    }
    if (!mixed) {
      return elements;
    }
    if (!primitives) {
      throw new EvaluationError(null, "the elements do not have one type (a list or set holds values of one type)");
    }
    List<Value> strings = new ArrayList<>();
    for (Value element : elements) {
      strings.add(element instanceof Value.Null || element instanceof Value.Unknown ? element : Type.convert(element, Type.STRING, ""));
    }
    return strings;
  }

  private static Value tomap(Value value) {
    if (value instanceof Value.Null) {
      return value;
    }
    Map<String, Value> attributes = attributes(value, "tomap");
    List<Value> unified = unify(new ArrayList<>(attributes.values()));
    Map<String, Value> map = new LinkedHashMap<>();
    int i = 0;
    for (String key : attributes.keySet()) {
      map.put(key, unified.get(i++));
    }
    return Value.Struct.map(map);
  }

  private static Value convertOrNull(Value value, Type type) {
    if (value instanceof Value.Null) {
      return value;
    }
    try {
      return Type.convert(value, type, "");
    } catch (EvaluationError e) {
      throw new EvaluationError(null, "cannot convert " + (value instanceof Value.Str s ? "\"" + s.value() + "\"" : "a " + value.typeName())
          + " to " + Type.describe(type));
    }
  }

  private static Value coalesce(List<Value> args) {
    for (Value arg : args) {
      if (arg instanceof Value.Null || (arg instanceof Value.Str s && s.value().isEmpty())) {
        continue;
      }
      return arg;
    }
    throw new EvaluationError(null, "no argument is neither null nor an empty string");
  }

  private static Value coalescelist(List<Value> args) {
    for (Value arg : args) {
      if (arg instanceof Value.Unknown) {
        return arg;
      }
      if (arg instanceof Value.Null) {
        continue;
      }
      if (!elements(arg, "coalescelist").isEmpty()) {
        return arg;
      }
    }
    throw new EvaluationError(null, "no argument is a non-empty list");
  }

  private static Value compact(Value value) {
    List<Value> kept = new ArrayList<>();
    for (Value element : elements(value, "list")) {
      if (element instanceof Value.Null || (element instanceof Value.Str s && s.value().isEmpty())) {
        continue;
      }
      kept.add(new Value.Str(str(element, "list element")));
    }
    return Value.Seq.list(kept);
  }

  private static Value range(List<Value> args) {
    BigDecimal start = BigDecimal.ZERO;
    BigDecimal limit;
    BigDecimal step = BigDecimal.ONE;
    if (args.size() == 1) {
      limit = num(args.get(0));
    } else {
      start = num(args.get(0));
      limit = num(args.get(1));
      if (args.size() == 3) {
        step = num(args.get(2));
      } else if (limit.compareTo(start) < 0) {
        step = BigDecimal.ONE.negate();
      }
    }
    if (step.signum() == 0) {
      throw new EvaluationError(null, "the step cannot be zero");
    }
    if ((step.signum() > 0 && limit.compareTo(start) < 0) || (step.signum() < 0 && limit.compareTo(start) > 0)) {
      throw new EvaluationError(null, "the step " + step.toPlainString() + " moves away from the limit " + limit.toPlainString());
    }
    BigDecimal count = limit.subtract(start).divide(step, 0, RoundingMode.CEILING);
    if (count.compareTo(BigDecimal.valueOf(Evaluator.MAX_ELEMENTS)) > 0) {
      throw new EvaluationError(null, "the range would have " + count.toPlainString() + " elements; at most "
          + Evaluator.MAX_ELEMENTS + " are allowed");
    }
    List<Value> values = new ArrayList<>();
    for (BigDecimal v = start; step.signum() > 0 ? v.compareTo(limit) < 0 : v.compareTo(limit) > 0; v = v.add(step)) {
      values.add(new Value.Num(v));
    }
    return Value.Seq.list(values);
  }

  private static Value zipmap(List<Value> args) {
    List<Value> keys = elements(args.get(0), "keys");
    List<Value> values = elements(args.get(1), "values");
    if (keys.size() != values.size()) {
      throw new EvaluationError(null, "there are " + keys.size() + " keys and " + values.size() + " values");
    }
    Map<String, Value> map = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) instanceof Value.Unknown) {
        return keys.get(i);
      }
      map.put(str(keys.get(i), "key"), values.get(i));
    }
    return args.get(1) instanceof Value.Seq seq && seq.kind() == Value.SeqKind.TUPLE ? Value.Struct.object(map) : Value.Struct.map(map);
  }

  private static Value sort(Value value) {
    List<String> strings = new ArrayList<>();
    for (Value element : elements(value, "list")) {
      if (element instanceof Value.Null) {
        throw new EvaluationError(null, "sort() cannot sort a null element");
      }
      strings.add(str(element, "list element"));
    }
    strings.sort(null);
    List<Value> sorted = new ArrayList<>();
    for (String s : strings) {
      sorted.add(new Value.Str(s));
    }
    return Value.Seq.list(sorted);
  }

  private static Value reverse(Value value) {
    List<Value> reversed = new ArrayList<>(elements(value, "list"));
    java.util.Collections.reverse(reversed);
    return value instanceof Value.Seq seq && seq.kind() == Value.SeqKind.LIST ? Value.Seq.list(reversed) : Value.Seq.tuple(reversed);
  }

  private static Value slice(List<Value> args) {
    if (args.get(0) instanceof Value.Seq seq && seq.kind() == Value.SeqKind.SET) {
      throw new EvaluationError(null, "slice() cannot take a set; convert it with tolist()");
    }
    List<Value> elements = elements(args.get(0), "list");
    int start = integer(args.get(1), "start index");
    int end = integer(args.get(2), "end index");
    if (start < 0 || end > elements.size() || start > end) {
      throw new EvaluationError(null, "the indexes " + start + " and " + end + " do not fit a list of "
          + elements.size() + " elements");
    }
    List<Value> part = elements.subList(start, end);
    return ((Value.Seq) args.get(0)).kind() == Value.SeqKind.LIST ? Value.Seq.list(part) : Value.Seq.tuple(part);
  }

  private static Value minMax(String name, List<Value> args) {
    BigDecimal best = null;
    for (Value arg : args) {
      BigDecimal n = num(arg);
      if (best == null || (name.equals("min") ? n.compareTo(best) < 0 : n.compareTo(best) > 0)) {
        best = n;
      }
    }
    return new Value.Num(best);
  }

  private static Value sum(Value value) {
    List<Value> elements = elements(value, "list");
    if (elements.isEmpty()) {
      throw new EvaluationError(null, "sum() cannot sum an empty list");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Value element : elements) {
      total = total.add(num(element));
    }
    return new Value.Num(total);
  }

  private static Value one(Value value) {
    if (value instanceof Value.Null) {
      return value;
    }
    List<Value> elements = elements(value, "list");
    if (elements.size() > 1) {
      throw new EvaluationError(null, "one() takes a list of at most one element, and this one has " + elements.size());
    }
    return elements.isEmpty() ? Value.NULL : elements.get(0);
  }

  private static Value allAny(String name, Value value) {
    boolean all = name.equals("alltrue");
    for (Value element : elements(value, "list")) {
      if (element instanceof Value.Null) {
        throw new EvaluationError(null, name + "() cannot take a null element");
      }
      boolean b = ((Value.Bool) convertOrNull(element, Type.BOOL)).value();
      if (all && !b) {
        return Value.FALSE;
      }
      if (!all && b) {
        return Value.TRUE;
      }
    }
    return Value.Bool.of(all);
  }

  private static Value setOperation(String name, List<Value> args) {
    List<Value> result = new ArrayList<>(unify(elements(args.get(0), "set")));
    for (Value arg : args.subList(1, args.size())) {
      List<Value> other = unify(elements(arg, "set"));
      switch (name) {
        case "setunion" -> result.addAll(other);
        case "setintersection" -> result.retainAll(other);
        default -> result.removeAll(other);
      }
    }
    return Value.Seq.set(limit(unify(result)));
  }

  // ---------------------------------------------------------------- files and encodings

  private Path resolve(String path) {
    return rootDirectory.resolve(path).normalize();
  }

  String readFile(String path) {
    Path file = resolve(path);
    try {
      if (!Files.isRegularFile(file)) {
        throw new EvaluationError(null, "no file " + path + " (read relative to " + rootDirectory
            + "; write \"${path.module}/...\" for a file beside the module)");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new EvaluationError(null, "the file " + path + " is larger than " + MAX_FILE_BYTES + " bytes");
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new EvaluationError(null, "the file " + path + " is not UTF-8 text; use filebase64 for binary files");
    } catch (IOException e) {
      throw new EvaluationError(null, "cannot read the file " + path + ": " + e.getMessage());
    }
  }

  private Value fileExists(String path) {
    Path file = resolve(path);
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new EvaluationError(null, path + " exists but is not a regular file");
    }
    return Value.Bool.of(Files.exists(file));
  }

  private Value templatefile(List<Value> args, Evaluator caller) {
    if (inTemplate) {
      throw new EvaluationError(null, "templatefile() cannot be called from a template");
    }
    String path = str(args.get(0), "path");
    Value vars = args.get(1);
    Map<String, Value> variables = attributes(vars, "vars");
    String text = readFile(path);
    String relative = relativeName(resolve(path));
    TemplateExpression template;
    try {
      template = Parser.parseTemplate(text, relative);
    } catch (TerraformSyntaxException e) {
      throw new EvaluationError(e.position(), "in the template " + path + ": " + e.getMessage().substring(e.position().toString().length() + 2));
    }
    Evaluator evaluator = new Evaluator(new Context() {
      @Override
      public Resolved resolve(String root, List<String> names, SourcePosition at) {
        throw new EvaluationError(at, "the template can use only the variables passed to templatefile(), and \""
            + root + "\" is not one of them (" + String.join(", ", variables.keySet()) + ")");
      }

      @Override
      public Functions functions() {
        return new Functions(rootDirectory, true, null);
      }
    });
    for (Map.Entry<String, Value> variable : variables.entrySet()) {
      evaluator = evaluator.with(variable.getKey(), variable.getValue());
    }
    return evaluator.evaluate(template);
  }

  private String relativeName(Path file) {
    Path relative = rootDirectory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return relative.toString().replace('\\', '/');
  }

  private static Value base64decode(String s) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new EvaluationError(null, "the string is not valid base64");
    }
    try {
      return new Value.Str(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new EvaluationError(null, "the decoded bytes are not UTF-8 text");
    }
  }

  static BigInteger wholeOrNull(BigDecimal value) {
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
