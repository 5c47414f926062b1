package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;

/**
 * A directive {@code %{ if condition }...%{ else }...%{ endif }}.
 *
 * @param condition the condition
 * @param thenParts the parts used when it holds
 * @param elseParts the parts used otherwise; empty without {@code %{ else }}
 * @param position where the <code>%{</code> of the {@code if} is
 */
public record TemplateIf(
    Expression condition,
    List<TemplatePart> thenParts,
    List<TemplatePart> elseParts,
    SourcePosition position)
    implements TemplatePart {

  public TemplateIf {
    thenParts = List.copyOf(thenParts);
    elseParts = List.copyOf(elseParts);
  }
}
