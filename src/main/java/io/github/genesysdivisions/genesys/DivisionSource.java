package io.github.genesysdivisions.genesys;

import java.util.List;

/** Where the org's divisions come from: the Genesys Cloud API, or a snapshot file. */
public interface DivisionSource {

  /**
   * Lists every division of the org.
   *
   * @return the divisions, each id once
   * @throws GenesysException when they cannot be read; the message says what to do next
   */
  List<OrgDivision> listDivisions() throws GenesysException;

  /**
   * The source's name for reports: {@code api} or {@code snapshot}.
   *
   * @return the name
   */
  String sourceName();
}
