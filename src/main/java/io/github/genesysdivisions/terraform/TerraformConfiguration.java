package io.github.genesysdivisions.terraform;

import java.util.List;

/**
 * The division declarations of a Terraform configuration, expanded into instances.
 *
 * @param resources instances of {@code resource "genesyscloud_auth_division"}, sorted by address
 * @param dataSources instances of {@code data "genesyscloud_auth_division"}, sorted by address
 * @param unsupportedArguments arguments of those blocks that the real schema does not have
 * @param warnings what the user should know about the reading (a module that could not be read,
 *     a tfvars value for an undeclared variable), each a sentence
 */
public record TerraformConfiguration(
    List<DivisionInstance> resources,
    List<DivisionInstance> dataSources,
    List<UnsupportedArgument> unsupportedArguments,
    List<String> warnings) {

  public TerraformConfiguration {
    resources = List.copyOf(resources);
    dataSources = List.copyOf(dataSources);
    unsupportedArguments = List.copyOf(unsupportedArguments);
    warnings = List.copyOf(warnings);
  }

  /** A configuration read without warnings. */
  public TerraformConfiguration(
      List<DivisionInstance> resources,
      List<DivisionInstance> dataSources,
      List<UnsupportedArgument> unsupportedArguments) {
    this(resources, dataSources, unsupportedArguments, List.of());
  }

  /** A configuration whose blocks have only arguments the schema knows. */
  public TerraformConfiguration(List<DivisionInstance> resources, List<DivisionInstance> dataSources) {
    this(resources, dataSources, List.of(), List.of());
  }
}
