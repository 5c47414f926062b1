package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A block {@code type "label" ... { body }}, such as
 * {@code resource "genesyscloud_auth_division" "eng" { ... }}.
 *
 * @param type the block type
 * @param labels the labels in order, quotes removed and escapes decoded
 * @param body the body
 * @param position where the type starts
 */
public record Block(String type, List<String> labels, Body body, SourcePosition position)
    implements BodyItem {

  public Block {
    Objects.requireNonNull(type, "type");
    labels = List.copyOf(labels);
    Objects.requireNonNull(body, "body");
  }
}
