package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a file or of a block: its attributes and blocks in source order. Attribute names
 * are unique within a body (the parser rejects a second definition).
 *
 * @param items the attributes and blocks in order
 * @param position where the body starts: the start of the file, or the block's <code>{</code>
 */
public record Body(List<BodyItem> items, SourcePosition position) {

  public Body {
    items = List.copyOf(items);
  }

  /** The attribute called {@code name}, if the body sets it. */
  public Optional<Attribute> attribute(String name) {
    // indexed loops here and on the other per-node paths: no iterator to allocate in a cold JVM
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Attribute attribute && attribute.name().equals(name)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  /** The attributes, in order. */
  public List<Attribute> attributes() {
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Attribute attribute) {
        attributes.add(attribute);
      }
    }
    return attributes;
  }

  /** The blocks, in order. */
  public List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Block block) {
        blocks.add(block);
      }
    }
    return blocks;
  }
}
