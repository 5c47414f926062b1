package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A quoted string, a heredoc, or a whole template file: literal text, interpolations and
 * directives. Escapes are already decoded, strip markers ({@code ~}) and the indentation of
 * {@code <<-} heredocs already applied, and adjacent literal text joined.
 *
 * <p>As in HCL, a template made of one interpolation and nothing else ({@code "${x}"}) yields the
 * interpolated value itself, not its string form; an evaluator tells that case by
 * {@code parts().size() == 1} with a {@link TemplateInterpolation} part.
 *
 * @param parts the parts in order; empty for {@code ""}
 * @param position where the opening quote or heredoc marker starts
 */
public record TemplateExpression(List<TemplatePart> parts, SourcePosition position)
    implements Expression {

  public TemplateExpression {
    parts = List.copyOf(parts);
  }

  /** The string this template always yields, when it is literal text only. */
  public Optional<String> literalValue() {
    StringBuilder text = new StringBuilder();
    for (TemplatePart part : parts) {
      if (!(part instanceof TemplateLiteral literal)) {
        return Optional.empty();
      }
      text.append(literal.text());
    }
    return Optional.of(text.toString());
  }
}
