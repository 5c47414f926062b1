package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.Objects;

/**
 * An attribute (Terraform says argument) {@code name = expression}.
 *
 * @param name the attribute name
 * @param expression its value expression
 * @param position where the name starts
 */
public record Attribute(String name, Expression expression, SourcePosition position)
    implements BodyItem {

  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }
}
