package io.github.genesysdivisions.genesys;

import java.util.Objects;

/**
 * A division that exists in the Genesys Cloud org.
 *
 * @param id the division's GUID
 * @param name its name
 * @param description its description, or {@code null}
 * @param home whether it is the org's home division
 */
public record OrgDivision(String id, String name, String description, boolean home) {

  public OrgDivision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
