package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/** One part of a {@link TemplateExpression}. */
public sealed interface TemplatePart
    permits TemplateLiteral, TemplateInterpolation, TemplateIf, TemplateFor {

  /** Where the part starts. */
  SourcePosition position();
}
