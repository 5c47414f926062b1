package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * An interpolation {@code ${expression}}.
 *
 * @param expression the expression interpolated
 * @param position where the <code>${</code> is
 */
public record TemplateInterpolation(Expression expression, SourcePosition position)
    implements TemplatePart {}
