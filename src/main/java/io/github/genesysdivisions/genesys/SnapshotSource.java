package io.github.genesysdivisions.genesys;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Divisions saved in a JSON file ({@code -Dgenesys.divisions.snapshot}), read by {@link
 * SnapshotReader} once, on the first question. A snapshot knows every division, and which is the
 * home division, but not the org's limit.
 */
public final class SnapshotSource implements DivisionSource {

  private final Path file;
  private List<OrgDivision> divisions;

  /**
   * @param file the snapshot file; read only when a question is asked
   */
  public SnapshotSource(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public List<OrgDivision> find(Set<String> names, Set<String> ids) throws GenesysException {
    return divisions();
  }

  @Override
  public Optional<OrgDivision> home() throws GenesysException {
    return divisions().stream().filter(OrgDivision::home).findFirst();
  }

  @Override
  public Optional<DivisionCapacity> capacity() {
    return Optional.empty();
  }

  @Override
  public String sourceName() {
    return "snapshot";
  }

  private List<OrgDivision> divisions() throws GenesysException {
    if (divisions == null) {
      divisions = SnapshotReader.read(file);
    }
    return divisions;
  }
}
