package io.github.genesysdivisions.report;

import io.github.genesysdivisions.check.ImportPlan;
import io.github.genesysdivisions.check.ShellQuoting;
import io.github.genesysdivisions.terraform.Addresses;
import java.nio.file.Path;

/** {@code import.sh} and {@code imports.tf}: the remedy for divisions that already exist. */
public final class ImportScripts {

  private ImportScripts() {}

  /**
   * A POSIX {@code sh} script that imports each division, removing a stale state entry first.
   *
   * @param plan the imports
   * @param terraformDirectory passed to {@code -chdir}
   * @param terraformExecutable the default for {@code $TERRAFORM}
   */
  public static String shell(ImportPlan plan, Path terraformDirectory, String terraformExecutable) {
    StringBuilder out = new StringBuilder();
    out.append("#!/bin/sh\n");
    out.append("# Written by ").append(ReportJson.TOOL).append(": imports the Genesys Cloud divisions\n");
    out.append("# that already exist in the org, so that terraform apply does not fail with 409 Conflict.\n");
    out.append("# Review it, then run it before terraform apply. Set TERRAFORM to choose the binary.\n");
    out.append("set -eu\n");
    String terraform = "\"${TERRAFORM:-" + doubleQuotedDefault(terraformExecutable) + "}\"";
    String chdir = ShellQuoting.quote("-chdir=" + terraformDirectory);
    for (ImportPlan.Step step : plan.steps()) {
      String address = ShellQuoting.quote(step.address());
      if (step.removeFromStateFirst()) {
        out.append(terraform).append(' ').append(chdir).append(" state rm ").append(address).append('\n');
      }
      out.append(terraform).append(' ').append(chdir).append(" import ").append(address).append(' ')
          .append(ShellQuoting.quote(step.divisionId())).append('\n');
    }
    return out.toString();
  }

  /** Terraform 1.5+ {@code import} blocks for the same imports. */
  public static String terraform(ImportPlan plan) {
    StringBuilder out = new StringBuilder();
    out.append("# Written by ").append(ReportJson.TOOL).append(": copy into the root module and run\n");
    out.append("# terraform plan to import the Genesys Cloud divisions that already exist (Terraform 1.5+).\n");
    for (ImportPlan.Step step : plan.steps()) {
      out.append('\n');
      if (step.removeFromStateFirst()) {
        out.append("# The state holds a division that no longer exists: first run\n");
        out.append("#   terraform state rm ").append(ShellQuoting.quote(step.address())).append('\n');
      }
      out.append("import {\n");
      out.append("  to = ").append(step.address()).append('\n');
      out.append("  id = ").append(Addresses.quote(step.divisionId())).append('\n');
      out.append("}\n");
    }
    return out.toString();
  }

  /**
   * The executable's name inside {@code "${TERRAFORM:-...}"}: characters that {@code sh} would
   * expand or that end the word are escaped.
   */
  private static String doubleQuotedDefault(String executable) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < executable.length(); i++) {
      char c = executable.charAt(i);
      if (c == '$' || c == '`' || c == '\\' || c == '"' || c == '}') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
