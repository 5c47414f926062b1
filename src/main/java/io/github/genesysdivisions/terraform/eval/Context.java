package io.github.genesysdivisions.terraform.eval;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;

/**
 * What an expression can refer to beyond its own {@code for} variables: {@code var}, {@code local},
 * {@code each}, {@code count}, {@code path}, {@code terraform}, {@code data}, {@code module} and
 * resources.
 */
public interface Context {

  /**
   * The value of a reference.
   *
   * @param root the first name, such as {@code var} or {@code genesyscloud_auth_division}
   * @param names the attribute names written right after it ({@code var.region.name} gives
   *     {@code region, name}); the context uses as many as it needs
   * @param at where the reference starts
   * @return the value, and how many of {@code names} it used
   * @throws EvaluationError when the reference is not valid here
   */
  Resolved resolve(String root, List<String> names, SourcePosition at);

  /**
   * The value of a reference whose second step is an index, such as
   * {@code genesyscloud_auth_division.team["sales"].name}, when the context resolves such
   * references itself.
   *
   * @param root the first name
   * @param first the attribute name after it
   * @param key the index after that, evaluated and known
   * @param after the attribute names written after the index
   * @param at where the reference starts
   * @return the value and how many of {@code after} it used, or {@code null} to resolve
   *     {@code root.first} with {@link #resolve} and index its value
   */
  default Resolved resolveIndexed(String root, String first, Value key, List<String> after, SourcePosition at) {
    return null;
  }

  /** The functions, reading files relative to the right directory. */
  Functions functions();

  /** The evaluation budget this context's evaluations share. */
  default Budget budget() {
    return new Budget();
  }

  /**
   * A resolved reference.
   *
   * @param value its value
   * @param used how many attribute names after the root it used
   */
  record Resolved(Value value, int used) {}

  /** A context in which nothing may be referred to: tfvars files, defaults, templates. */
  static Context constant(Functions functions, String where) {
    return new Context() {
      @Override
      public Resolved resolve(String root, List<String> names, SourcePosition at) {
        throw new EvaluationError(at, "a reference (" + root + ") is not allowed in " + where);
      }

      @Override
      public Functions functions() {
        return functions;
      }
    };
  }
}
