package io.github.genesysdivisions.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code state pull} run with a fake terraform that records where and how it was called. */
class StatePullerTest {

  private static final String STATE = """
      {"version": 4, "serial": 1, "lineage": "l", "outputs": {}, "resources": [
        {"mode": "managed", "type": "genesyscloud_auth_division", "name": "eng",
         "instances": [{"attributes": {"id": "3b9c2a4e-0000-4000-8000-000000000001", "name": "Engineering"}}]}]}
      """;

  @TempDir Path directory;
  private Path terraform;
  private Path module;

  @BeforeEach
  void fakeTerraform() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    terraform = directory.resolve("fake-terraform");
    module = Files.createDirectories(directory.resolve("module dir"));
  }

  private void script(String body) throws Exception {
    Files.writeString(terraform, "#!/bin/sh\n" + body);
    assertTrue(terraform.toFile().setExecutable(true));
  }

  private StatePuller puller(Duration timeout) {
    return new StatePuller(terraform.toString(), timeout);
  }

  @Test
  void readsWhatThePullPrintsRunInTheTerraformDirectory() throws Exception {
    script("printf '%s\\n' \"$PWD\" \"$@\" > ../args\ncat <<'EOF'\n" + STATE + "EOF\n");

    TerraformState state = puller(Duration.ofSeconds(30)).pull(module);

    assertEquals(List.of(new StateEntry("genesyscloud_auth_division.eng",
        "3b9c2a4e-0000-4000-8000-000000000001", "Engineering", false)), state.entries());
    assertEquals(List.of(module.toRealPath().toString(), "state", "pull"),
        Files.readAllLines(directory.resolve("args")));
  }

  @Test
  void anEmptyPullIsAnEmptyState() throws Exception {
    script("exit 0\n");

    assertEquals(List.of(), puller(Duration.ofSeconds(30)).pull(module).entries());
  }

  @Test
  void aFailingPullQuotesWhatItPrintedOnStderr() throws Exception {
    script("echo 'Error: Backend initialization required, please run \"terraform init\"' >&2\nexit 1\n");

    StateException error = assertThrows(StateException.class, () -> puller(Duration.ofSeconds(30)).pull(module));

    assertEquals("'" + terraform + " state pull' in " + module + " failed with exit code 1: Error:"
        + " Backend initialization required, please run \"terraform init\". Run 'terraform init'"
        + " there first, or pass the state with -Dgenesys.divisions.stateFile.", error.getMessage());
  }

  @Test
  void aMissingBinarySaysHowToPointAtOne() {
    StateException error = assertThrows(StateException.class,
        () -> new StatePuller(directory.resolve("no-such-terraform").toString(), Duration.ofSeconds(5))
            .pull(module));

    assertTrue(error.getMessage().startsWith("Cannot run '" + directory.resolve("no-such-terraform")
        + " state pull' in " + module + ": "), error.getMessage());
    assertTrue(error.getMessage().endsWith(". Install Terraform, or set"
        + " -Dgenesys.divisions.terraformExecutable to its path, or pass the state with"
        + " -Dgenesys.divisions.stateFile instead."), error.getMessage());
  }

  @Test
  void aPullThatHangsIsStoppedAtTheTimeout() throws Exception {
    script("sleep 30\n");
    long start = System.nanoTime();

    StateException error = assertThrows(StateException.class, () -> puller(Duration.ofSeconds(1)).pull(module));

    assertEquals("'" + terraform + " state pull' in " + module + " did not finish within 1 s."
        + " Check the backend is reachable (run it by hand), or raise"
        + " -Dgenesys.divisions.timeoutSeconds.", error.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(25)) < 0,
        "the pull was not stopped");
  }

  @Test
  void aPullThatPrintsSomethingElseIsNotTakenForAState() throws Exception {
    script("echo 'No state file was found!'\n");

    StateException error = assertThrows(StateException.class, () -> puller(Duration.ofSeconds(30)).pull(module));

    assertTrue(error.getMessage().startsWith("The state from 'state pull' is not JSON"), error.getMessage());
  }
}
