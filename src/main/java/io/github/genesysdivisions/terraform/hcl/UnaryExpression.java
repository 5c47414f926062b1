package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * {@code -operand} or {@code !operand}. The operand is a single term with its accesses:
 * {@code -a + b} is {@code (-a) + b}, {@code -a.b} is {@code -(a.b)}.
 *
 * @param operator the operator
 * @param operand the operand
 * @param position where the operator is
 */
public record UnaryExpression(UnaryOperator operator, Expression operand, SourcePosition position)
    implements Expression {}
