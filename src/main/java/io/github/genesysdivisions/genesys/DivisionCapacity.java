package io.github.genesysdivisions.genesys;

/**
 * How many divisions an org has, and the most it may have.
 *
 * @param count the divisions it has
 * @param limit the most it may have ({@code GET /api/v2/authorization/divisions/limit})
 */
public record DivisionCapacity(int count, int limit) {

  /** How many more divisions can be created. */
  public int free() {
    return Math.max(0, limit - count);
  }
}
