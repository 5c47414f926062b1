package io.github.genesysdivisions.check;

/**
 * How names are compared and which findings block.
 *
 * @param caseSensitiveNames when false, names that differ only in letter case collide
 * @param failOnUnresolved whether an instance whose name is unknown before apply is blocking
 * @param checkDataSources whether data sources are checked
 */
public record CheckOptions(boolean caseSensitiveNames, boolean failOnUnresolved, boolean checkDataSources) {

  /** The contract's defaults. */
  public static CheckOptions defaults() {
    return new CheckOptions(false, false, true);
  }
}
