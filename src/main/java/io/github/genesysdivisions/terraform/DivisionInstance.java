package io.github.genesysdivisions.terraform;

import java.util.Objects;

/**
 * One instance of a {@code genesyscloud_auth_division} resource or data source, as Terraform would
 * address it.
 *
 * @param address the instance address exactly as Terraform writes it, for example
 *     {@code genesyscloud_auth_division.eng} or {@code data.genesyscloud_auth_division.legacy}
 * @param mode whether this is a managed resource or a data source
 * @param name the resolved {@code name}, or {@code null} when it cannot be known before apply
 * @param unresolvedReason why {@code name} is unknown, or {@code null} when it is known
 * @param home whether the resource sets {@code home = true}
 * @param file the file declaring the block, relative to the Terraform directory, with {@code /}
 * @param line the line of the {@code resource} or {@code data} block (1-based)
 */
public record DivisionInstance(
    String address,
    DeclarationMode mode,
    String name,
    String unresolvedReason,
    boolean home,
    String file,
    int line) {

  public DivisionInstance {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(file, "file");
    if ((name == null) == (unresolvedReason == null)) {
      throw new IllegalArgumentException(
          "exactly one of name and unresolvedReason must be set for " + address);
    }
  }

  /** Whether the name is known before apply. */
  public boolean resolved() {
    return name != null;
  }
}
