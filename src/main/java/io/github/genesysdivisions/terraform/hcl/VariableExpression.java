package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * A name looked up in the evaluation scope: {@code var}, {@code local}, {@code each},
 * {@code count}, a resource type, a {@code for} variable, ... In {@code var.region} it is the
 * {@code var} under an {@link AttributeAccess}.
 *
 * @param name the identifier
 * @param position where it starts
 */
public record VariableExpression(String name, SourcePosition position) implements Expression {}
