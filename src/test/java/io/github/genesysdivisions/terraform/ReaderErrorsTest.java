package io.github.genesysdivisions.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configurations Terraform would reject: each is one positioned error with the exact message, never
 * a partial result.
 */
class ReaderErrorsTest {

  @TempDir Path directory;

  private static final String DIVISION = "resource \"genesyscloud_auth_division\" \"d\" {\n";

  static Stream<Arguments> configurations() {
    return Stream.of(
        Arguments.of("a cycle between locals",
            Map.of("main.tf", "locals {\n  a = local.b\n  b = \"${local.a}!\"\n}\n" + DIVISION + "  name = local.a\n}\n"),
            "main.tf:3:10: local.a refers to itself: local.a -> local.b -> local.a"),
        Arguments.of("a local that does not exist",
            Map.of("main.tf", DIVISION + "  name = local.nope\n}\n"),
            "main.tf:2:10: there is no local value named \"nope\"; define it in a locals block"),
        Arguments.of("for_each over a list",
            Map.of("main.tf", DIVISION + "  for_each = [\"a\"]\n  name = each.key\n}\n"),
            "main.tf:2:14: for_each must be a map, or a set of strings, and this is a tuple; convert it"
                + " with toset(...) or build a map with a for expression"),
        Arguments.of("for_each over a set of numbers",
            Map.of("main.tf", DIVISION + "  for_each = toset([1])\n  name = each.key\n}\n"),
            "main.tf:2:14: for_each over a set needs a set of strings, and this set holds a number"),
        Arguments.of("a null for_each",
            Map.of("main.tf", DIVISION + "  for_each = null\n  name = \"x\"\n}\n"),
            "main.tf:2:14: for_each is null; it must be a map, or a set of strings"),
        Arguments.of("a negative count",
            Map.of("main.tf", DIVISION + "  count = -1\n  name = \"x\"\n}\n"),
            "main.tf:2:11: count must be a whole number, 0 or more, not -1"),
        Arguments.of("a fractional count",
            Map.of("main.tf", DIVISION + "  count = 1.5\n  name = \"x\"\n}\n"),
            "main.tf:2:11: count must be a whole number, 0 or more, not 1.5"),
        Arguments.of("count and for_each",
            Map.of("main.tf", DIVISION + "  count = 1\n  for_each = {}\n  name = \"x\"\n}\n"),
            "main.tf:3:3: count and for_each cannot both be set on one block"),
        Arguments.of("each without for_each",
            Map.of("main.tf", DIVISION + "  name = each.key\n}\n"),
            "main.tf:2:10: each is available only in a block with for_each"),
        Arguments.of("count.index without count",
            Map.of("main.tf", DIVISION + "  name = \"x${count.index}\"\n}\n"),
            "main.tf:2:14: count.index is available only in a block with count"),
        Arguments.of("a name that is a list",
            Map.of("main.tf", DIVISION + "  name = [\"a\"]\n}\n"),
            "main.tf:2:10: name must be a string, not a tuple, for genesyscloud_auth_division.d"),
        Arguments.of("a null name",
            Map.of("main.tf", DIVISION + "  name = null\n}\n"),
            "main.tf:2:10: name is null for genesyscloud_auth_division.d; the provider requires a name"),
        Arguments.of("an unknown function",
            Map.of("main.tf", DIVISION + "  name = lowercase(\"A\")\n}\n"),
            "main.tf:2:10: there is no function named \"lowercase\" in Terraform; check its spelling"),
        Arguments.of("a function failing",
            Map.of("main.tf", DIVISION + "  name = element([], 0)\n}\n"),
            "main.tf:2:10: in element(): element() cannot take an element of an empty list"),
        Arguments.of("a range beyond the limit",
            Map.of("main.tf", "locals {\n  r = range(1000000)\n}\n" + DIVISION + "  name = length(local.r)\n}\n"),
            "main.tf:2:7: in range(): the range would have 1000000 elements; at most 100000 are allowed"),
        Arguments.of("a tfvars value of the wrong type",
            Map.of("main.tf", "variable \"n\" {\n  type = number\n}\n", "terraform.tfvars", "n = \"abc\"\n"),
            "main.tf:1:1: var.n (set by terraform.tfvars): a number is required, and \"abc\" is not one"),
        Arguments.of("a function call in a tfvars file",
            Map.of("main.tf", "variable \"n\" {\n  type = string\n}\n", "terraform.tfvars", "n = upper(\"a\")\n"),
            "terraform.tfvars:1:5: functions cannot be called in a .tfvars file (upper); Terraform reads only"
                + " literal values there"),
        Arguments.of("a reference in a tfvars file",
            Map.of("main.tf", "variable \"n\" {\n  type = string\n}\n", "terraform.tfvars", "n = var.n\n"),
            "terraform.tfvars:1:5: a reference (var) is not allowed in a .tfvars file"),
        Arguments.of("an object without a required attribute",
            Map.of("main.tf", "variable \"o\" {\n  type = object({ name = string })\n  default = {}\n}\n"),
            "main.tf:3:13: the default of var.o: attribute \"name\" is required"),
        Arguments.of("a module without a required argument",
            Map.of("main.tf", "module \"m\" {\n  source = \"./m\"\n}\n", "m/main.tf", "variable \"x\" {}\n"),
            "main.tf:1:1: module.m needs the argument \"x\": the variable has no default (m/main.tf:1:1)"),
        Arguments.of("a module argument it does not declare",
            Map.of("main.tf", "module \"m\" {\n  source = \"./m\"\n  y = 1\n}\n", "m/main.tf", "variable \"x\" {\n  default = 1\n}\n"),
            "main.tf:3:3: module.m has no variable named \"y\" (m declares x)"),
        Arguments.of("a module directory that does not exist",
            Map.of("main.tf", "module \"m\" {\n  source = \"./gone\"\n}\n"),
            "main.tf:2:3: module.m: the module directory ./gone does not exist (${dir}/gone)"),
        Arguments.of("a module that calls itself",
            Map.of("main.tf", "module \"m\" {\n  source = \"./m\"\n}\n", "m/main.tf", "module \"again\" {\n  source = \"./\"\n}\n"),
            "m/main.tf:1:1: modules nest more than 64 levels deep here; does a module call itself?"),
        Arguments.of("a module source that is an expression",
            Map.of("main.tf", "module \"m\" {\n  source = \"./${\"m\"}\"\n}\n"),
            "main.tf:2:12: a module's source must be a literal string, without references"),
        Arguments.of("an override without a base block",
            Map.of("main.tf", "", "override.tf", DIVISION + "  name = \"x\"\n}\n"),
            "override.tf:1:1: the override file declares genesyscloud_auth_division.d, which no other file"
                + " declares; an override file can only change existing blocks"),
        Arguments.of("a local defined twice",
            Map.of("main.tf", "locals {\n  a = 1\n}\nlocals {\n  a = 2\n}\n"),
            "main.tf:5:3: local.a was already defined at main.tf:2:3"),
        Arguments.of("broken JSON syntax",
            Map.of("main.tf.json", "{\"resource\": {\"genesyscloud_auth_division\": {\"d\": {\"name\": \"x\",}}}}"),
            "main.tf.json:1:64: invalid JSON: Unexpected character ('}' (code 125)): was expecting double-quote"
                + " to start field name"),
        Arguments.of("a template error inside JSON syntax",
            Map.of("main.tf.json", "{\"resource\": {\"genesyscloud_auth_division\": {\"d\": {\"name\": \"${upper(}\"}}}}"),
            "main.tf.json:1:69: expected an expression but found \"}\""),
        Arguments.of("a module output that does not exist",
            Map.of("main.tf", "module \"m\" {\n  source = \"./m\"\n}\n" + DIVISION + "  name = module.m.nope\n}\n",
                "m/main.tf", "output \"name\" {\n  value = \"x\"\n}\n"),
            "main.tf:5:10: module.m has no output named \"nope\""),
        Arguments.of("a reference to an instance that does not exist",
            Map.of("main.tf", DIVISION + "  for_each = toset([\"a\"])\n  name = each.key\n}\n"
                + "resource \"genesyscloud_auth_division\" \"e\" {\n  name = genesyscloud_auth_division.d[\"b\"].name\n}\n"),
            "main.tf:6:10: genesyscloud_auth_division.d has no instance with the key \"b\""),
        Arguments.of("a for_each that refers to its own instances",
            Map.of("main.tf", DIVISION + "  for_each = { a = genesyscloud_auth_division.d[\"a\"].name }\n  name = \"x\"\n}\n"),
            "main.tf:2:20: genesyscloud_auth_division.d (count or for_each) refers to itself:"
                + " genesyscloud_auth_division.d (count or for_each) -> genesyscloud_auth_division.d (count or for_each)"),
        Arguments.of("an output of a module instance that does not exist",
            Map.of("main.tf", "module \"m\" {\n  source = \"./m\"\n  count = 0\n}\n" + DIVISION + "  name = module.m[0].name\n}\n",
                "m/main.tf", "output \"name\" {\n  value = \"x\"\n}\n"),
            "main.tf:6:10: module.m has no instance with the key 0"),
        Arguments.of("a reference to an undeclared resource",
            Map.of("main.tf", DIVISION + "  name = genesyscloud_auth_division.other.name\n}\n"),
            "main.tf:2:10: there is no resource genesyscloud_auth_division.other in this module"),
        Arguments.of("a cycle between resources",
            Map.of("main.tf", DIVISION + "  name = genesyscloud_auth_division.e.name\n}\n"
                + "resource \"genesyscloud_auth_division\" \"e\" {\n  name = genesyscloud_auth_division.d.name\n}\n"),
            "main.tf:2:10: genesyscloud_auth_division.e.name refers to itself: genesyscloud_auth_division.e.name"
                + " -> genesyscloud_auth_division.d.name -> genesyscloud_auth_division.e.name"));
  }

  private void write(Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configurations")
  void reportsOnePositionedError(String what, Map<String, String> files, String message) throws Exception {
    write(files);
    Exception error = assertThrows(Exception.class, () -> new TerraformReader().read(directory));
    if (error instanceof TerraformEvaluationException evaluation) {
      assertNotNull(evaluation.position(), what);
    } else if (error instanceof TerraformSyntaxException syntax) {
      assertNotNull(syntax.position(), what);
    } else {
      throw new AssertionError(what + ": not a positioned error", error);
    }
    assertEquals(message.replace("${dir}", directory.toString()), error.getMessage());
  }

  @Test
  void rejectsAVariablesEntryTheRootModuleDoesNotDeclare() throws Exception {
    write(Map.of("main.tf", "variable \"a\" {}\n"));
    TerraformEvaluationException error = assertThrows(TerraformEvaluationException.class,
        () -> new TerraformReader().read(directory, new TerraformInputs(List.of(), Map.of("b", "1"), Map.of(), false)));
    assertEquals("The variables entry \"b\" names no variable that the root module declares. Declare it in"
        + " a variable block, or remove it from <variables>.", error.getMessage());
  }

  @Test
  void rejectsAVarFileThatDoesNotExist() throws Exception {
    write(Map.of("main.tf", "variable \"a\" {}\n"));
    TerraformEvaluationException error = assertThrows(TerraformEvaluationException.class,
        () -> new TerraformReader().read(directory, new TerraformInputs(List.of(Path.of("nope.tfvars")), Map.of(), Map.of(), false)));
    assertEquals("The varFiles entry nope.tfvars is not a file. Fix -Dgenesys.divisions.varFiles"
        + " (comma-separated, relative to the project directory).", error.getMessage());
  }

  @Test
  void readsAComplexVariableFromTheEnvironmentAsAnExpression() throws Exception {
    write(Map.of("main.tf", "variable \"names\" {\n  type = set(string)\n}\nvariable \"plain\" {\n  type = string\n}\n"
        + DIVISION + "  for_each = var.names\n  name = \"${each.key} ${var.plain}\"\n}\n"));
    TerraformConfiguration configuration = new TerraformReader().read(directory, new TerraformInputs(List.of(), Map.of(),
        Map.of("TF_VAR_names", "[\"b\", \"a\"]", "TF_VAR_plain", "[not parsed]"), true));
    assertEquals(List.of("a [not parsed]", "b [not parsed]"),
        configuration.resources().stream().map(DivisionInstance::name).toList());
    TerraformConfiguration ignored = new TerraformReader().read(directory, new TerraformInputs(List.of(), Map.of(),
        Map.of("TF_VAR_names", "[\"b\", \"a\"]", "TF_VAR_plain", "x"), false));
    assertEquals(List.of("genesyscloud_auth_division.d"),
        ignored.resources().stream().map(DivisionInstance::address).toList());
  }
}
