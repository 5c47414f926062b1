package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * The keyword {@code null}.
 *
 * @param position where it starts
 */
public record NullLiteral(SourcePosition position) implements Expression {}
