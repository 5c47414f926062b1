package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;

/**
 * A {@code for} expression: {@code [for k, v in coll : value if cond]} builds a tuple,
 * {@code {for k, v in coll : key => value... if cond}} builds an object.
 *
 * @param keyVariable the key (or index) variable, or {@code null} when only one name is given
 * @param valueVariable the value variable
 * @param collection the collection iterated
 * @param keyResult the key of each object item, or {@code null} when building a tuple
 * @param valueResult the element or item value
 * @param grouping whether {@code ...} follows the value, grouping values of equal keys in lists
 * @param condition the {@code if} filter, or {@code null}
 * @param position where the {@code [} or <code>{</code> is
 */
public record ForExpression(
    String keyVariable,
    String valueVariable,
    Expression collection,
    Expression keyResult,
    Expression valueResult,
    boolean grouping,
    Expression condition,
    SourcePosition position)
    implements Expression {

  /** Whether this builds an object ({@code {for ...}}) rather than a tuple. */
  public boolean buildsObject() {
    return keyResult != null;
  }
}
