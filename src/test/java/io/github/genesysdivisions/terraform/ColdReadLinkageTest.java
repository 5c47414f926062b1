package io.github.genesysdivisions.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check runs in a fresh JVM on every build, where each lambda, method reference, string
 * concatenation site or record {@code equals}/{@code hashCode}/{@code toString} is linked on first
 * use: a JVM-generated hidden class and milliseconds each (docs/BENCHMARKS.md). Reading a
 * configuration of the common shapes must link none: a fresh JVM logs every class it defines, and
 * no hidden class ({@code Name/0x...}) may appear while {@link TerraformReader#read} runs.
 */
class ColdReadLinkageTest {

  private static final String START = "-- read starts --";
  private static final String END = "-- read ends --";

  @TempDir
  Path temp;

  /** Reads the directory in its first argument once, between two marker lines. */
  public static final class ReadOnceMain {
    public static void main(String[] args) throws Exception {
      System.out.println(START);
      System.out.flush();
      int instances = new TerraformReader().read(Path.of(args[0])).resources().size();
      System.out.println(END + " " + instances);
    }
  }

  @Test
  void readingAConfigurationOfTheCommonShapesLinksNoHiddenClass() throws Exception {
    writeConfiguration(temp);

    List<String> printed = readInFreshJvm(temp);

    int start = printed.indexOf(START);
    int end = printed.indexOf(END + " 9");
    assertTrue(start >= 0 && end > start, "the read did not find every instance:\n" + String.join("\n", printed));
    List<String> hidden = new ArrayList<>();
    for (String line : printed.subList(start, end)) {
      if (line.contains("[class,load]") && line.contains("/0x")) {
        hidden.add(line.substring(line.indexOf("[class,load]")));
      }
    }
    assertEquals(List.of(), hidden, "classes linked while reading: a lambda, method reference, "
        + "indy string concatenation or generated record method on the reading path");
  }

  private static List<String> readInFreshJvm(Path directory) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
        "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
        ReadOnceMain.class.getName(), directory.toString())
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the reader did not finish");
    assertEquals(0, process.exitValue(), output);
    return output.lines().toList();
  }

  /**
   * Typed variables with optional attributes, tfvars, locals with for expressions, templates,
   * functions, count, for_each, a data source and a module output referred to, an override file.
   */
  private static void writeConfiguration(Path root) throws IOException {
    Files.writeString(root.resolve("variables.tf"), """
        variable "region" {
          type = string
        }

        variable "teams" {
          type = map(object({
            description = string
            enabled     = optional(bool, true)
          }))
          default = {
            sales   = { description = "Sales" }
            support = { description = "Support", enabled = false }
          }
        }

        locals {
          prefix  = upper(var.region)
          enabled = { for key, team in var.teams : key => "${team.description} team" if team.enabled }
          grouped = { for key, team in var.teams : team.enabled => key... }
        }
        """);
    Files.writeString(root.resolve("terraform.tfvars"), "region = \"emea\"\n");
    Files.writeString(root.resolve("main.tf"), """
        resource "genesyscloud_auth_division" "plain" {
          name        = "${local.prefix}-${lower(var.region)}-1"
          description = format("Division %d of %s", 1, local.enabled["sales"])
        }

        resource "genesyscloud_auth_division" "teams" {
          for_each = local.enabled
          name     = "${local.prefix} ${each.key}"
        }

        resource "genesyscloud_auth_division" "numbered" {
          count = 2
          name  = "${local.prefix} ${count.index + 1}"
        }

        resource "genesyscloud_auth_division" "units" {
          for_each = toset(["a", "b"])
          name     = "unit ${each.value}"
        }

        data "genesyscloud_auth_division" "home" {
          name = "Home"
        }

        resource "genesyscloud_auth_division" "beside_home" {
          name = "beside ${data.genesyscloud_auth_division.home.id}"
        }

        resource "genesyscloud_auth_division" "from_module" {
          name = "${module.extra.name} copy ${length(local.grouped)}"
        }

        module "extra" {
          source = "./extra"
          prefix = local.prefix
        }
        """);
    Files.createDirectories(root.resolve("extra"));
    Files.writeString(root.resolve("extra").resolve("main.tf"), """
        variable "prefix" {
          type = string
        }

        resource "genesyscloud_auth_division" "extra" {
          name = "${var.prefix} extra"
        }

        output "name" {
          value = genesyscloud_auth_division.extra.name
        }
        """);
    Files.writeString(root.resolve("main_override.tf"), """
        resource "genesyscloud_auth_division" "plain" {
          description = "overridden"
        }
        """);
  }
}
