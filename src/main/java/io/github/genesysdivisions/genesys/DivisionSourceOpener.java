package io.github.genesysdivisions.genesys;

/**
 * Opens a {@link DivisionSource} when the org is first needed, so that problems with the
 * configuration or the state are reported before any about credentials, and nothing is built for a
 * check that stops early.
 */
@FunctionalInterface
public interface DivisionSourceOpener {

  /**
   * Opens the source.
   *
   * @return the source, to be closed by the caller
   * @throws GenesysException when it cannot be opened (no credentials, a bad region, ...)
   */
  DivisionSource open() throws GenesysException;
}
