package io.github.genesysdivisions.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Terraform root module of {@code genesyscloud_auth_division} resources spread over files,
 * with variables, locals, templates, function calls and {@code for_each}, as real configurations
 * are written.
 */
final class ConfigGenerator {

  static final int RESOURCES_PER_FILE = 250;

  private ConfigGenerator() {}

  /** Writes {@code resources} division resources into {@code directory}; returns the bytes written. */
  static long generate(Path directory, int resources) throws IOException {
    Files.createDirectories(directory);
    long bytes = write(directory.resolve("variables.tf"), """
        variable "region" {
          type    = string
          default = "emea"
        }

        variable "teams" {
          type = map(object({
            description = string
            enabled     = optional(bool, true)
          }))
          default = {
            sales   = { description = "Sales" }
            support = { description = "Support", enabled = true }
          }
        }

        locals {
          prefix = upper(var.region)
          owners = { for key, team in var.teams : key => "${team.description} team" if team.enabled }
        }
        """);
    for (int file = 0; file * RESOURCES_PER_FILE < resources; file++) {
      StringBuilder text = new StringBuilder(RESOURCES_PER_FILE * 180);
      int end = Math.min(resources, (file + 1) * RESOURCES_PER_FILE);
      for (int n = file * RESOURCES_PER_FILE; n < end; n++) {
        String label = String.format("d%05d", n);
        if (n % 10 == 0) {
          text.append("resource \"genesyscloud_auth_division\" \"").append(label).append("\" {\n")
              .append("  for_each    = toset([\"").append(n).append("\"])\n")
              .append("  name        = \"${local.prefix} unit ${each.key}\"\n")
              .append("  description = \"Generated for_each division ${each.value}\"\n")
              .append("}\n\n");
        } else {
          text.append("resource \"genesyscloud_auth_division\" \"").append(label).append("\" {\n")
              .append("  name        = \"${local.prefix}-${lower(var.region)}-").append(n).append("\"\n")
              .append("  description = format(\"Division %d of %s\", ").append(n)
              .append(", local.owners[\"sales\"])\n")
              .append("}\n\n");
        }
      }
      bytes += write(directory.resolve(String.format("divisions_%03d.tf", file)), text.toString());
    }
    return bytes;
  }

  private static long write(Path file, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }
}
