package io.github.genesysdivisions.check;

/** The kinds of finding, as the contract names them. */
public enum FindingKind {
  /** Not in state, and no division of that name in the org: apply creates it. */
  CREATE,
  /** In state, and the state's id exists in the org. */
  MANAGED,
  /** {@code home = true}: the provider adopts the org's home division. */
  HOME,
  /** Not in state, but the org has a division of that name: apply would fail with 409. */
  CONFLICT,
  /** In state, but the configured name is held by another division of the org. */
  RENAME_CONFLICT,
  /** In state, but the state's id no longer exists in the org. */
  STALE_STATE,
  /** Two instances of the configuration resolve to the same name. */
  DUPLICATE,
  /** Not {@code home = true}, but the name is the home division's name. */
  HOME_NAME,
  /** In state, and the org's division was renamed outside Terraform. */
  DRIFT,
  /** A data source names a division the org does not have. */
  MISSING_LOOKUP,
  /** The name cannot be known before apply. */
  UNRESOLVED,
  /** An argument the real resource does not have. */
  UNSUPPORTED_ARGUMENT,
  /** The org's division count plus the creates passes the org's limit. */
  LIMIT_EXCEEDED
}
