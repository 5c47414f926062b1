package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * A splat: {@code source[*].id} (full) or {@code source.*.id} (attribute-only). {@link #each()} is
 * evaluated once per element of {@code source}, with the element as the value of the
 * {@link SplatItem} it is built on.
 *
 * <p>A full splat takes every attribute and index access that follows ({@code a[*].b[0]} takes
 * {@code .b[0]} for each element); an attribute-only splat takes only the attribute accesses
 * ({@code a.*.b[0]} indexes the resulting list).
 *
 * @param source the collection
 * @param each the accesses applied to each element, built on a {@link SplatItem}
 * @param full {@code true} for {@code [*]}, {@code false} for {@code .*}
 * @param position where {@code source} starts
 */
public record SplatExpression(
    Expression source, Expression each, boolean full, SourcePosition position)
    implements Expression {}
