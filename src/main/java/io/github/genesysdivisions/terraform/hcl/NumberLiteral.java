package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number literal such as {@code 42}, {@code 1.50} or {@code 1e3}; also the index of the legacy
 * form {@code list.0}.
 *
 * @param value the number, read exactly from its text (scale included)
 * @param position where it starts
 */
public record NumberLiteral(BigDecimal value, SourcePosition position) implements Expression {

  public NumberLiteral {
    Objects.requireNonNull(value, "value");
  }
}
