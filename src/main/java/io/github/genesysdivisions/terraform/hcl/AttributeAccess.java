package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * An attribute access {@code object.name}.
 *
 * @param object the expression whose attribute is read
 * @param name the attribute name
 * @param position where {@code object} starts
 */
public record AttributeAccess(Expression object, String name, SourcePosition position)
    implements Expression {}
