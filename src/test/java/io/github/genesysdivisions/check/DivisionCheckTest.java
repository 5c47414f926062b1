package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.genesysdivisions.terraform.DivisionInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check offline: what it passes to the reader, and how reading problems reach the user. */
class DivisionCheckTest {

  @TempDir Path directory;

  private static final CheckOptions OPTIONS = new CheckOptions(false, false, true);

  private void write(String file, String text) throws Exception {
    Path path = directory.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  @Test
  void passesVariablesVarFilesAndTheEnvironmentToTheReader() throws Exception {
    write("main.tf", "variable \"env\" {}\nvariable \"team\" {}\nvariable \"suffix\" {}\n"
        + "resource \"genesyscloud_auth_division\" \"d\" {\n  name = \"${var.env} ${var.team} ${var.suffix}\"\n}\n");
    write("extra.tfvars", "team = \"Sales\"\n");
    CheckRequest request = new CheckRequest(directory, null, null, OPTIONS, List.of(directory.resolve("extra.tfvars")),
        Map.of("suffix", "EMEA"), true, Map.of("TF_VAR_env", "PROD"));
    CheckResult result = new DivisionCheck().run(request, Optional.empty());
    assertEquals(List.of("PROD Sales EMEA"),
        result.configuration().resources().stream().map(DivisionInstance::name).toList());
  }

  @Test
  void theThreeArgumentRequestReadsNoEnvironment() throws Exception {
    write("main.tf", "variable \"env\" {\n  default = \"dev\"\n}\n"
        + "resource \"genesyscloud_auth_division\" \"d\" {\n  name = var.env\n}\n");
    CheckRequest request = new CheckRequest(directory, null, OPTIONS);
    assertEquals(List.of(), request.varFiles());
    assertEquals(false, request.readTfVarEnv());
    assertEquals("dev", new DivisionCheck().run(request, Optional.empty()).configuration().resources().get(0).name());
  }

  @Test
  void addsTheReadersWarnings() throws Exception {
    write("main.tf", "module \"remote\" {\n  source = \"acme/divisions/genesyscloud\"\n}\n");
    CheckResult result = new DivisionCheck().run(new CheckRequest(directory, null, OPTIONS), Optional.empty());
    assertEquals(List.of(
        "module.remote (source \"acme/divisions/genesyscloud\", main.tf:1) was not read: it is not a local"
            + " path and .terraform/modules/modules.json does not locate it. Run 'terraform init' in "
            + directory + " so that its divisions are checked too.",
        "No state at " + directory.resolve("terraform.tfstate") + ": every instance is checked as new. If the"
            + " state is remote, run 'terraform state pull > state.json' and pass"
            + " -Dgenesys.divisions.stateFile=state.json."),
        result.warnings());
  }

  @Test
  void namesThePlaceAndWhatToDoForAnEvaluationError() throws Exception {
    write("main.tf", "resource \"genesyscloud_auth_division\" \"d\" {\n  for_each = [\"a\"]\n  name = each.key\n}\n");
    CheckException error = assertThrows(CheckException.class,
        () -> new DivisionCheck().run(new CheckRequest(directory, null, OPTIONS), Optional.empty()));
    assertEquals(directory.resolve("main.tf") + ":2:14: for_each must be a map, or a set of strings, and this is"
        + " a tuple; convert it with toset(...) or build a map with a for expression. Terraform would fail"
        + " here too ('terraform validate' or 'terraform plan' reports it); fix the configuration or the"
        + " variables given to it.", error.getMessage());
  }

  @Test
  void saysWhichInputIsWrongWhenItIsNotAFile() throws Exception {
    write("main.tf", "");
    CheckRequest request = new CheckRequest(directory, null, null, OPTIONS, List.of(), Map.of("nope", "1"), false, Map.of());
    CheckException error = assertThrows(CheckException.class,
        () -> new DivisionCheck().run(request, Optional.empty()));
    assertEquals("The variables entry \"nope\" names no variable that the root module declares. Declare it in"
        + " a variable block, or remove it from <variables>.", error.getMessage());
  }
}
