package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * The keyword {@code true} or {@code false}.
 *
 * @param value which one
 * @param position where it starts
 */
public record BoolLiteral(boolean value, SourcePosition position) implements Expression {}
