package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * A template's content as read, before strip markers, heredoc indentation and directive nesting
 * are applied by the {@link TemplateAssembler}: text, or one {@code ${...}} or {@code %{...}}.
 */
sealed interface TemplatePiece {

  /** Decoded literal text; in heredocs and template files, at most one line. */
  record Text(String text, SourcePosition position) implements TemplatePiece {}

  /**
   * An interpolation or a directive.
   *
   * @param kind which
   * @param expression the interpolated expression, the {@code if} condition or the {@code for}
   *     collection; {@code null} for the others
   * @param keyVariable the {@code for} key variable, or {@code null}
   * @param valueVariable the {@code for} value variable, or {@code null}
   * @param stripBefore whether it opens with {@code ~}, stripping whitespace before it
   * @param stripAfter whether it closes with {@code ~}, stripping whitespace after it
   * @param position where its <code>${</code> or <code>%{</code> is
   */
  record Sequence(
      Kind kind,
      Expression expression,
      String keyVariable,
      String valueVariable,
      boolean stripBefore,
      boolean stripAfter,
      SourcePosition position)
      implements TemplatePiece {}

  /** The kinds of {@link Sequence}. */
  enum Kind {
    INTERPOLATION("${}"),
    IF("%{ if }"),
    ELSE("%{ else }"),
    END_IF("%{ endif }"),
    FOR("%{ for }"),
    END_FOR("%{ endfor }");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** How messages write it, for example {@code %{ endif }}. */
    @Override
    public String toString() {
      return text;
    }
  }
}
