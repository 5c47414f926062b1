package io.github.genesysdivisions.genesys;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the org's divisions come from: the Genesys Cloud API, or a snapshot file. The check asks
 * only what its findings need, so that a source can answer with the fewest requests. Close it when
 * done, to release connections.
 */
public interface DivisionSource extends AutoCloseable {

  /**
   * The divisions that hold one of the names (compared without regard to letter case) or have one
   * of the ids. A source may return more than that, such as every division of the org; it never
   * returns fewer.
   *
   * @param names division names the configuration declares or looks up
   * @param ids division ids the state holds
   * @return the divisions, each id once
   * @throws GenesysException when they cannot be read; the message says what to do next
   */
  List<OrgDivision> find(Set<String> names, Set<String> ids) throws GenesysException;

  /**
   * The org's home division, asked only when a resource has {@code home = true}.
   *
   * @return the home division, or empty when the source cannot tell (a snapshot without one)
   * @throws GenesysException when it cannot be read
   */
  Optional<OrgDivision> home() throws GenesysException;

  /**
   * How many divisions the org has and may have, asked only when divisions are to be created.
   *
   * @return the capacity, or empty when the source cannot tell (a snapshot has no limit)
   * @throws GenesysException when it cannot be read
   */
  Optional<DivisionCapacity> capacity() throws GenesysException;

  /**
   * The source's name for reports: {@code api} or {@code snapshot}.
   *
   * @return the name
   */
  String sourceName();

  /** Releases what the source holds; nothing by default. */
  @Override
  default void close() {}
}
