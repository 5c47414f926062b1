package io.github.genesysdivisions.terraform.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A value of the Terraform language: string, number (an exact decimal), bool, list, tuple, set,
 * map, object, null, or unknown (a value known only during apply). Values are immutable.
 */
public sealed interface Value
    permits Value.Str, Value.Num, Value.Bool, Value.Null, Value.Unknown, Value.Seq, Value.Struct {

  // No default methods here. The constants below are instances of this interface's records, and a
  // JVM initializes an interface that has default methods before any class implementing it: one
  // thread starting on Value and another on Bool would then wait on each other for ever (as the
  // checks of a -T build's modules do, in one JVM). ValueInitializationTest keeps it so.

  /** The null value. */
  Null NULL = new Null();
  Bool TRUE = new Bool(true);
  Bool FALSE = new Bool(false);

  /** Terraform's name of the value's type, for messages: {@code string}, {@code tuple}, ... */
  String typeName();

  /** Whether the value is unknown or holds an unknown value anywhere inside. */
  boolean isWhollyKnown();

  /** A string. */
  record Str(String value) implements Value {
    public Str {
      Objects.requireNonNull(value, "value");
    }

    // equals and hashCode are written out, as in Num and Bool: a record's generated ones are
    // linked on first use at a cost of milliseconds, and strings are hashed on every build

    @Override
    public boolean equals(Object other) {
      return other instanceof Str str && value.equals(str.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String typeName() {
      return "string";
    }

    @Override
    public boolean isWhollyKnown() {
      return true;
    }
  }

  /** A number, kept exactly and without trailing zeros, so that equal numbers are equal. */
  record Num(BigDecimal value) implements Value {
    /** The largest power of ten, up or down, a number may have. */
    public static final int MAX_EXPONENT = 10_000;

    public Num {
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
      if (value.scale() > MAX_EXPONENT || value.scale() < -MAX_EXPONENT || value.precision() > MAX_EXPONENT) {
        throw new EvaluationError(null, "a number with more than " + MAX_EXPONENT
            + " digits or a power of ten beyond " + MAX_EXPONENT + " is beyond what the plugin evaluates");
      }
    }

    public static Num of(long value) {
      return new Num(BigDecimal.valueOf(value));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Num num && value.equals(num.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    /** Whether the number is a whole number. */
    public boolean isWhole() {
      return value.scale() <= 0;
    }

    /** The number as Terraform writes it in a string: {@code 1.5}, {@code 1000}. */
    public String text() {
      return value.toPlainString();
    }

    /** The number as a whole number. */
    public BigInteger whole() {
      return value.toBigIntegerExact();
    }

    @Override
    public String typeName() {
      return "number";
    }

    @Override
    public boolean isWhollyKnown() {
      return true;
    }
  }

  /** A bool. */
  record Bool(boolean value) implements Value {
    public static Bool of(boolean value) {
      return value ? TRUE : FALSE;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bool bool && value == bool.value;
    }

    @Override
    public int hashCode() {
      return Boolean.hashCode(value);
    }

    @Override
    public String typeName() {
      return "bool";
    }

    @Override
    public boolean isWhollyKnown() {
      return true;
    }
  }

  /** The null value. */
  record Null() implements Value {
    @Override
    public String typeName() {
      return "null";
    }

    @Override
    public boolean isWhollyKnown() {
      return true;
    }
  }

  /**
   * A value that Terraform knows only during apply.
   *
   * @param reason why, with the place in the configuration ({@code file:line:column})
   */
  record Unknown(String reason) implements Value {
    public Unknown {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String typeName() {
      return "unknown";
    }

    @Override
    public boolean isWhollyKnown() {
      return false;
    }
  }

  /** The kinds of sequence. */
  enum SeqKind {
    LIST("list"),
    TUPLE("tuple"),
    SET("set");

    private final String text;

    SeqKind(String text) {
      this.text = text;
    }
  }

  /**
   * A list, a tuple or a set. A set holds each element once, strings in lexical order and numbers
   * in numeric order, as Terraform iterates them.
   */
  record Seq(SeqKind kind, List<Value> elements) implements Value {
    public Seq {
      Objects.requireNonNull(kind, "kind");
      elements = kind == SeqKind.SET ? setOrder(elements) : List.copyOf(elements);
    }

    public static Seq tuple(List<Value> elements) {
      return new Seq(SeqKind.TUPLE, elements);
    }

    public static Seq list(List<Value> elements) {
      return new Seq(SeqKind.LIST, elements);
    }

    public static Seq set(List<Value> elements) {
      return new Seq(SeqKind.SET, elements);
    }

    @Override
    public String typeName() {
      return kind.text;
    }

    @Override
    public boolean isWhollyKnown() {
      for (Value element : elements) {
        if (!element.isWhollyKnown()) {
          return false;
        }
      }
      return true;
    }

    private static List<Value> setOrder(List<Value> elements) {
      List<Value> distinct = new ArrayList<>(new LinkedHashSet<>(elements));
      boolean strings = true;
      boolean numbers = true;
      for (Value element : distinct) {
        strings &= element instanceof Str;
        numbers &= element instanceof Num;
      }
      if (distinct.size() > 1 && (strings || numbers)) {
        distinct.sort(strings ? STRING_ORDER : NUMBER_ORDER);
      }
      return Collections.unmodifiableList(distinct);
    }

    // classes, not lambdas: a set is built for every for_each, and a cold JVM links each lambda
    private static final Comparator<Value> STRING_ORDER = new Comparator<>() {
      @Override
      public int compare(Value a, Value b) {
        return ((Str) a).value().compareTo(((Str) b).value());
      }
    };
    private static final Comparator<Value> NUMBER_ORDER = new Comparator<>() {
      @Override
      public int compare(Value a, Value b) {
        return ((Num) a).value().compareTo(((Num) b).value());
      }
    };
  }

  /** The kinds of structure. */
  enum StructKind {
    MAP("map"),
    OBJECT("object");

    private final String text;

    StructKind(String text) {
      this.text = text;
    }
  }

  /** A map or an object; keys are iterated in lexical order, as Terraform does. */
  record Struct(StructKind kind, SortedMap<String, Value> attributes) implements Value {
    public Struct {
      Objects.requireNonNull(kind, "kind");
      attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    public static Struct object(Map<String, Value> attributes) {
      return new Struct(StructKind.OBJECT, new TreeMap<>(attributes));
    }

    public static Struct map(Map<String, Value> attributes) {
      return new Struct(StructKind.MAP, new TreeMap<>(attributes));
    }

    @Override
    public String typeName() {
      return kind.text;
    }

    @Override
    public boolean isWhollyKnown() {
      for (Value value : attributes.values()) {
        if (!value.isWhollyKnown()) {
          return false;
        }
      }
      return true;
    }
  }
}
