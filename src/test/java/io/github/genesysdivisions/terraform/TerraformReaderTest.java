package io.github.genesysdivisions.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.terraform.hcl.Body;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformReaderTest {

  @TempDir Path directory;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(TerraformReaderTest.class.getResource("/terraform/" + name).toURI());
  }

  private static DivisionInstance resource(
      String label, String name, String reason, boolean home, String file, int line) {
    return new DivisionInstance("genesyscloud_auth_division." + label, DeclarationMode.RESOURCE,
        name, reason, home, file, line);
  }

  private static DivisionInstance data(String label, String name, String reason, String file,
      int line) {
    return new DivisionInstance("data.genesyscloud_auth_division." + label, DeclarationMode.DATA,
        name, reason, false, file, line);
  }

  private void write(String file, String content) throws IOException {
    Path path = directory.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  private TerraformConfiguration read() throws Exception {
    return new TerraformReader().read(directory);
  }

  @Test
  void readsDivisionResourcesAndDataSourcesSortedByAddress() throws Exception {
    TerraformConfiguration configuration = new TerraformReader().read(fixture("divisions"));
    assertEquals(List.of(
        resource("counted[0]", "Counted 0", null, false, "z_unresolved.tf", 13),
        resource("counted[1]", "Counted 1", null, false, "z_unresolved.tf", 13),
        resource("each[\"a\"]", "a", null, false, "z_unresolved.tf", 18),
        resource("each[\"b\"]", "b", null, false, "z_unresolved.tf", 18),
        resource("escaped", "Réseau \"Nord\" ${x}", null, true, "main.tf", 17),
        resource("home", "Home", null, true, "main.tf", 6),
        resource("interpolated", null, "var.env has no value: no default, and no tfvars file,"
            + " varFiles, variables or TF_VAR_env sets it, so Terraform would ask for it"
            + " (z_unresolved.tf:1:1)", false, "z_unresolved.tf", 5),
        resource("legal", "Legal & Compliance\n", null, false, "main.tf", 11),
        resource("sales", "Sales", null, false, "main.tf", 1),
        resource("unnamed", null, "name is not set (z_unresolved.tf:9:1)", false,
            "z_unresolved.tf", 9),
        new DivisionInstance("module.region.genesyscloud_auth_division.this",
            DeclarationMode.RESOURCE, "Region", null, false, "modules/region/main.tf", 1)),
        configuration.resources());
    assertEquals(List.of(
        data("by_var", null, "var.division_name has no value: no default, and no tfvars file,"
            + " varFiles, variables or TF_VAR_division_name sets it, so Terraform would ask for it"
            + " (a_data.tf:9:1)", "a_data.tf", 5),
        data("legacy", "Legacy", null, "a_data.tf", 1)),
        configuration.dataSources());
  }

  @Test
  void readsOnlyTheTfFilesOfTheDirectoryItself() throws Exception {
    write("b.tf", "resource \"genesyscloud_auth_division\" \"b\" {\n  name = \"B\"\n}\n");
    write("a.tf", "\n\nresource \"genesyscloud_auth_division\" \"z\" {\n  name = \"Z\"\n}\n");
    write(".hidden.tf", "this is { not read");
    write("c.tf.json", "{\"resource\": {}}");
    write("sub/d.tf", "this is { not read");
    Files.createDirectories(directory.resolve("e.tf"));
    assertEquals(List.of(
        resource("b", "B", null, false, "b.tf", 1),
        resource("z", "Z", null, false, "a.tf", 3)),
        read().resources());
  }

  @Test
  void readsFilesInNameOrder() throws Exception {
    write("b.tf", "resource \"genesyscloud_auth_division\" \"x\" {\n  name = \"B\"\n}\n");
    write("a.tf", "\nresource \"genesyscloud_auth_division\" \"x\" {\n  name = \"A\"\n}\n");
    TerraformSyntaxException exception =
        assertThrows(TerraformSyntaxException.class, this::read);
    assertEquals("b.tf:1:1: genesyscloud_auth_division.x was already declared at a.tf:2",
        exception.getMessage());
  }

  @Test
  void reportsTheFirstSyntaxErrorOfTheFirstBrokenFile() throws Exception {
    write("z.tf", "a = \n");
    write("m.tf", "ok = 1\nbroken = [1,\n");
    TerraformSyntaxException exception =
        assertThrows(TerraformSyntaxException.class, this::read);
    assertEquals("m.tf:3:1: expected \",\" or \"]\" in the tuple opened at m.tf:2:10 but found end"
        + " of file", exception.getMessage());
    assertEquals(new SourcePosition("m.tf", 3, 1), exception.position());
  }

  @Test
  void rejectsADivisionBlockWithoutTwoLabels() throws Exception {
    write("x.tf", "data \"genesyscloud_auth_division\" {\n  name = \"A\"\n}\n");
    assertEquals("x.tf:1:1: expected 2 labels on the data block but found 1", assertThrows(TerraformSyntaxException.class, this::read).getMessage());
  }

  @Test
  void setsHomeFromItsValueAndLeavesTheInstanceUnresolvedWhenItIsUnknown() throws Exception {
    write("x.tf", "resource \"genesyscloud_auth_division\" \"a\" {\n  name = \"A\"\n  home = false\n}\n"
        + "resource \"genesyscloud_auth_division\" \"b\" {\n  name = \"B\"\n  home = true\n}\n"
        + "resource \"genesyscloud_auth_division\" \"c\" {\n  name = \"C\"\n  home = var.h\n}\n"
        + "variable \"h\" {\n  type = bool\n}\n");
    List<DivisionInstance> resources = read().resources();
    assertEquals(List.of(false, true, false), resources.stream().map(DivisionInstance::home).toList());
    assertEquals("home is not known before apply: var.h has no value: no default, and no tfvars file,"
        + " varFiles, variables or TF_VAR_h sets it, so Terraform would ask for it (x.tf:13:1)",
        resources.get(2).unresolvedReason());
  }

  @Test
  void reportsAnUndeclaredVariableWithItsPlace() throws Exception {
    write("x.tf", "resource \"genesyscloud_auth_division\" \"a\" {\n"
        + "  name = join(\"-\", [var.organisation_prefix, \"x\"])\n}\n");
    TerraformEvaluationException exception =
        assertThrows(TerraformEvaluationException.class, this::read);
    assertEquals("x.tf:2:21: there is no variable named \"organisation_prefix\"; declare it with a"
        + " variable block", exception.getMessage());
    assertEquals(new SourcePosition("x.tf", 2, 21), exception.position());
  }

  @Test
  void readsJsonBlocksGivenAsArraysAtEveryLevel() throws Exception {
    write("main.tf.json", "{\"resource\": [{\"genesyscloud_auth_division\": {\"a\": {\"name\": \"A\"}}},\n"
        + " {\"genesyscloud_auth_division\": [{\"b\": [{\"name\": \"B\"}]}]}]}\n");
    assertEquals(List.of(
        resource("a", "A", null, false, "main.tf.json", 1),
        resource("b", "B", null, false, "main.tf.json", 2)),
        read().resources());
  }

  @Test
  void readsByteOrderMarksAndWindowsLineEndings() throws Exception {
    write("x.tf", "\uFEFFresource \"genesyscloud_auth_division\" \"a\" {\r\n  name = \"Ä\"\r\n}\r\n");
    assertEquals(List.of(resource("a", "Ä", null, false, "x.tf", 1)), read().resources());
  }

  @Test
  void readsAnEmptyDirectoryAsNoDivisions() throws Exception {
    TerraformConfiguration configuration = read();
    assertEquals(List.of(), configuration.resources());
    assertEquals(List.of(), configuration.dataSources());
  }

  @Test
  void namesTheMissingDirectory() {
    Path missing = directory.resolve("nope");
    NoSuchFileException exception = assertThrows(NoSuchFileException.class,
        () -> new TerraformReader().read(missing));
    assertEquals(missing + ": no such directory", exception.getMessage());
  }

  @Test
  void namesAPathThatIsNotADirectory() throws Exception {
    write("main.tf", "");
    Path file = directory.resolve("main.tf");
    FileSystemException exception = assertThrows(FileSystemException.class,
        () -> new TerraformReader().read(file));
    assertEquals(file + ": not a directory", exception.getMessage());
  }

  @Test
  void rejectsFilesThatAreNotUtf8() throws Exception {
    Files.write(directory.resolve("x.tf"), new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xff, '"'});
    IOException exception = assertThrows(IOException.class, this::read);
    assertEquals(directory.resolve("x.tf") + " is not UTF-8 text, which Terraform requires",
        exception.getMessage());
  }

  @Test
  void exposesTheSyntaxTreeOfAFile() throws Exception {
    write("x.tf", "locals {\n  a = 1\n}\n");
    Body body = TerraformReader.parseFile(directory.resolve("x.tf"), "sub/x.tf");
    assertEquals(new SourcePosition("sub/x.tf", 2, 3),
        body.blocks().get(0).body().attribute("a").orElseThrow().position());
  }

  @Test
  void parsesARealisticConfiguration() throws Exception {
    TerraformConfiguration configuration = new TerraformReader().read(fixture("realistic"));
    assertEquals(List.of(
        resource("by_team[\"customer care\"]", "Customer Care", null, false, "main.tf", 162),
        resource("by_team[\"sales\"]", "Sales", null, false, "main.tf", 162),
        resource("computed", "PROD Support", null, false, "main.tf", 173),
        resource("home", "Home", null, true, "main.tf", 143),
        resource("marketing", "Marketing", null, false, "main.tf", 149),
        resource("support", "Customer Support", null, false, "support.tf", 2),
        resource("teams[0]", "customer care", null, false, "main.tf", 168),
        resource("teams[1]", "sales", null, false, "main.tf", 168),
        new DivisionInstance("module.emea[\"apac\"].genesyscloud_auth_division.this",
            DeclarationMode.RESOURCE, "Region APAC", null, false, "modules/region/main.tf", 5),
        new DivisionInstance("module.emea[\"emea\"].genesyscloud_auth_division.this",
            DeclarationMode.RESOURCE, "Region EMEA", null, false, "modules/region/main.tf", 5)),
        configuration.resources());
    assertEquals(List.of(data("legacy", "Legacy Operations", null, "main.tf", 139)),
        configuration.dataSources());
  }

  @Test
  void keepsEveryTopLevelBlockOfTheRealisticConfiguration() throws Exception {
    Body body = TerraformReader.parseFile(fixture("realistic").resolve("main.tf"), "main.tf");
    assertEquals(List.of("terraform", "provider", "provider", "variable", "variable", "variable",
        "variable", "variable", "locals", "data", "data", "resource", "resource", "resource",
        "resource", "resource", "resource", "resource", "module", "output", "output", "check",
        "import", "moved"), body.blocks().stream().map(block -> block.type()).toList());
    assertTrue(body.attributes().isEmpty());
  }
}
