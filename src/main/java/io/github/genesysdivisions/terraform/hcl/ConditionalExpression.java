package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * A conditional {@code condition ? trueResult : falseResult}.
 *
 * @param condition the condition
 * @param trueResult the result when it holds
 * @param falseResult the result otherwise
 * @param position where the condition starts
 */
public record ConditionalExpression(
    Expression condition, Expression trueResult, Expression falseResult, SourcePosition position)
    implements Expression {}
