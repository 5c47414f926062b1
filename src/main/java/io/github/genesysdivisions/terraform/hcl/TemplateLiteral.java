package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * Literal text of a template, escapes decoded.
 *
 * @param text the text
 * @param position where the text starts in the source
 */
public record TemplateLiteral(String text, SourcePosition position) implements TemplatePart {}
