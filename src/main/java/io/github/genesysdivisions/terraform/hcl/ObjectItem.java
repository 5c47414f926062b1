package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.Objects;

/**
 * One {@code key = value} (or {@code key: value}) item of an {@link ObjectExpression}.
 *
 * <p>A bare name as key ({@code name = 1}, also {@code true}, {@code false} and {@code null}) is
 * the literal string, as in HCL: the parser gives it as a {@link TemplateExpression} holding that
 * text. Any other key is an expression to evaluate; a reference must be in parentheses
 * ({@code (local.key) = 1}), which stay in the tree as a {@link ParenthesesExpression}.
 *
 * @param key the key expression
 * @param value the value expression
 * @param position where the key starts
 */
public record ObjectItem(Expression key, Expression value, SourcePosition position) {

  public ObjectItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
