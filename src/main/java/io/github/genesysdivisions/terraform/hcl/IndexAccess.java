package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * An index {@code collection[key]}; also the legacy form {@code collection.0}, whose key is a
 * {@link NumberLiteral}.
 *
 * @param collection the expression indexed
 * @param key the key or index
 * @param position where {@code collection} starts
 */
public record IndexAccess(Expression collection, Expression key, SourcePosition position)
    implements Expression {}
