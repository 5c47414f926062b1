package io.github.genesysdivisions.state;

import java.util.Objects;

/**
 * A {@code genesyscloud_auth_division} instance recorded in the Terraform state.
 *
 * @param address the instance address, as Terraform writes it
 * @param id the division id the state holds
 * @param name the division name the state last saw, or {@code null} when the state has none
 * @param tainted whether Terraform will replace the instance at the next apply
 */
public record StateEntry(String address, String id, String name, boolean tainted) {

  public StateEntry {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(id, "id");
  }
}
