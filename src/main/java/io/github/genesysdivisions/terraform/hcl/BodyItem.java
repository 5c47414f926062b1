package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/** An item of a {@link Body}: an attribute or a block. */
public sealed interface BodyItem permits Attribute, Block {

  /** Where the item's first token starts. */
  SourcePosition position();
}
