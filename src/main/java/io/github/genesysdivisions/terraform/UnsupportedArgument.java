package io.github.genesysdivisions.terraform;

import java.util.Objects;

/**
 * An argument or nested block, in a {@code genesyscloud_auth_division} resource or data source,
 * that the real schema does not have: {@code terraform plan} rejects it.
 *
 * @param address the address of the block that holds it (without instance keys)
 * @param argument the argument's or nested block's name
 * @param block whether it is a nested block rather than an argument
 * @param file the file, relative to the Terraform directory
 * @param line the line of the argument
 */
public record UnsupportedArgument(String address, String argument, boolean block, String file, int line) {

  public UnsupportedArgument {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(file, "file");
  }
}
