package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * An expression in parentheses. It has the value of the inner expression; it is kept because it
 * matters for object keys ({@code (key) = value} evaluates {@code key}).
 *
 * @param expression the inner expression
 * @param position where the {@code (} is
 */
public record ParenthesesExpression(Expression expression, SourcePosition position)
    implements Expression {}
