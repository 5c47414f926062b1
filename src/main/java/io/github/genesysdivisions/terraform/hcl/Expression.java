package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * An HCL expression, as written: the parser produces these, an evaluator gives them values.
 *
 * <p>{@link #position()} is where the expression's text starts: for an operation, a traversal or
 * a conditional, that is where its first operand starts.
 */
public sealed interface Expression
    permits NumberLiteral,
        BoolLiteral,
        NullLiteral,
        TemplateExpression,
        TupleExpression,
        ObjectExpression,
        VariableExpression,
        FunctionCall,
        AttributeAccess,
        IndexAccess,
        SplatExpression,
        SplatItem,
        ForExpression,
        ConditionalExpression,
        UnaryExpression,
        BinaryExpression,
        ParenthesesExpression {

  /** Where the expression starts. */
  SourcePosition position();
}
