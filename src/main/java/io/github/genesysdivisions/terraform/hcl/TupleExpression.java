package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;

/**
 * A tuple constructor {@code [a, b, c]}.
 *
 * @param elements the elements in order
 * @param position where the {@code [} is
 */
public record TupleExpression(List<Expression> elements, SourcePosition position)
    implements Expression {

  public TupleExpression {
    elements = List.copyOf(elements);
  }
}
