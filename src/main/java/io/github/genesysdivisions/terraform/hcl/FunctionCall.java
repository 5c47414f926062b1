package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;

/**
 * A function call {@code name(a, b)}, or {@code name(a, list...)} which expands the last argument
 * into arguments.
 *
 * @param name the function name; namespaced names keep their {@code ::}, as in
 *     {@code provider::terraform::encode_tfvars}
 * @param arguments the arguments in order
 * @param expandFinalArgument whether the last argument is followed by {@code ...}
 * @param position where the name starts
 */
public record FunctionCall(
    String name, List<Expression> arguments, boolean expandFinalArgument, SourcePosition position)
    implements Expression {

  public FunctionCall {
    arguments = List.copyOf(arguments);
  }
}
