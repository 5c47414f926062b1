package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;

/**
 * An object constructor {@code { name = value, "key": value, (expression) = value }}.
 *
 * @param items the items in order
 * @param position where the <code>{</code> is
 */
public record ObjectExpression(List<ObjectItem> items, SourcePosition position)
    implements Expression {

  public ObjectExpression {
    items = List.copyOf(items);
  }
}
