package io.github.genesysdivisions.terraform;

import java.util.Set;

/**
 * The arguments and nested blocks the provider's {@code genesyscloud_auth_division} resource and
 * data source accept, with Terraform's meta-arguments (GENESYS.md, provider v1.84.1).
 */
public final class DivisionSchema {

  private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "provider", "depends_on");
  private static final Set<String> RESOURCE_ARGUMENTS = Set.of("name", "description", "home");
  private static final Set<String> DATA_ARGUMENTS = Set.of("name");
  private static final Set<String> RESOURCE_BLOCKS = Set.of("lifecycle", "provisioner", "connection");
  private static final Set<String> DATA_BLOCKS = Set.of("lifecycle");

  private DivisionSchema() {}

  /** Whether the resource or data source accepts this argument. */
  public static boolean acceptsArgument(DeclarationMode mode, String name) {
    return META_ARGUMENTS.contains(name)
        || (mode == DeclarationMode.RESOURCE ? RESOURCE_ARGUMENTS : DATA_ARGUMENTS).contains(name);
  }

  /** Whether the resource or data source accepts a nested block of this type. */
  public static boolean acceptsBlock(DeclarationMode mode, String type) {
    return (mode == DeclarationMode.RESOURCE ? RESOURCE_BLOCKS : DATA_BLOCKS).contains(type);
  }
}
