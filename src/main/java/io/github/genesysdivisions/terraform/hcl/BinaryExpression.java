package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * An infix operation {@code left operator right}.
 *
 * @param operator the operator
 * @param left the left operand
 * @param right the right operand
 * @param position where the left operand starts
 */
public record BinaryExpression(
    BinaryOperator operator, Expression left, Expression right, SourcePosition position)
    implements Expression {}
