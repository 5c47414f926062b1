package io.github.genesysdivisions.terraform;

import java.util.List;

/**
 * The division declarations of a Terraform configuration, expanded into instances.
 *
 * @param resources instances of {@code resource "genesyscloud_auth_division"}, sorted by address
 * @param dataSources instances of {@code data "genesyscloud_auth_division"}, sorted by address
 */
public record TerraformConfiguration(List<DivisionInstance> resources, List<DivisionInstance> dataSources) {

  public TerraformConfiguration {
    resources = List.copyOf(resources);
    dataSources = List.copyOf(dataSources);
  }
}
