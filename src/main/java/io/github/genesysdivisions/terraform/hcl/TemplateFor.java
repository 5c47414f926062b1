package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;

/**
 * A directive {@code %{ for key, value in collection }...%{ endfor }}.
 *
 * @param keyVariable the key (or index) variable, or {@code null} when only one name is given
 * @param valueVariable the value variable
 * @param collection the collection iterated
 * @param body the parts repeated for each element
 * @param position where the <code>%{</code> of the {@code for} is
 */
public record TemplateFor(
    String keyVariable,
    String valueVariable,
    Expression collection,
    List<TemplatePart> body,
    SourcePosition position)
    implements TemplatePart {

  public TemplateFor {
    body = List.copyOf(body);
  }
}
