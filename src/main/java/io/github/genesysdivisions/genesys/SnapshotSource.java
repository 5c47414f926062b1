package io.github.genesysdivisions.genesys;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Divisions saved in a JSON file ({@code -Dgenesys.divisions.snapshot}), read by {@link
 * SnapshotReader}.
 */
public final class SnapshotSource implements DivisionSource {

  private final Path file;

  /**
   * @param file the snapshot file; read only when {@link #listDivisions()} is called
   */
  public SnapshotSource(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public List<OrgDivision> listDivisions() throws GenesysException {
    return SnapshotReader.read(file);
  }

  @Override
  public String sourceName() {
    return "snapshot";
  }
}
