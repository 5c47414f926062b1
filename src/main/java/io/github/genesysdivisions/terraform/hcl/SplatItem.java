package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * The element being visited by the {@link SplatExpression} whose {@code each} contains it.
 *
 * @param position where the splat marker ({@code [*]} or {@code .*}) starts
 */
public record SplatItem(SourcePosition position) implements Expression {}
