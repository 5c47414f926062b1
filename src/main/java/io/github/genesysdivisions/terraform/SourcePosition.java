package io.github.genesysdivisions.terraform;

/**
 * A place in a Terraform source file.
 *
 * @param file the file, relative to the Terraform directory, with {@code /} separators
 * @param line 1-based line
 * @param column 1-based column, counted in Unicode code points
 */
public record SourcePosition(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
