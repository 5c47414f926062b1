package io.github.genesysdivisions.terraform;

/** Terraform's resource modes: a managed {@code resource} or a {@code data} source. */
public enum DeclarationMode {
  RESOURCE,
  DATA
}
