package io.github.genesysdivisions.state;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Reads the state as {@code terraform state pull} prints it, in the Terraform directory: the way
 * to read a remote state (S3, Terraform Cloud, ...) with the backend's own credentials.
 */
public final class StatePuller {

  /** What a state that the pull returned is called in messages. */
  public static final String DESCRIPTION = "from 'state pull'";

  private static final int STDERR_TAIL = 600;

  private final String terraformExecutable;
  private final Duration timeout;

  /**
   * @param terraformExecutable the binary, {@code terraform} or {@code tofu} or a path
   * @param timeout how long the pull may take
   */
  public StatePuller(String terraformExecutable, Duration timeout) {
    this.terraformExecutable = terraformExecutable;
    this.timeout = timeout;
  }

  /** Runs the pull and reads what it prints. */
  public TerraformState pull(Path terraformDirectory) throws StateException {
    String command = terraformExecutable + " state pull";
    Process process;
    try {
      process = new ProcessBuilder(List.of(terraformExecutable, "state", "pull"))
          .directory(terraformDirectory.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
          .start();
    } catch (IOException e) {
      throw new StateException("Cannot run '" + command + "' in " + terraformDirectory + ": "
          + e.getMessage() + ". Install Terraform, or set -Dgenesys.divisions.terraformExecutable"
          + " to its path, or pass the state with -Dgenesys.divisions.stateFile instead.", e);
    }
    CompletableFuture<byte[]> stdout = drain(process.getInputStream());
    CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new StateException("'" + command + "' in " + terraformDirectory + " did not finish"
            + " within " + timeout.toSeconds() + " s. Check the backend is reachable (run it by"
            + " hand), or raise -Dgenesys.divisions.timeoutSeconds.");
      }
      String out = new String(stdout.get(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new StateException("'" + command + "' in " + terraformDirectory + " failed with exit"
            + " code " + process.exitValue() + ": " + tail(new String(stderr.get(), StandardCharsets.UTF_8))
            + " Run 'terraform init' there first, or pass the state with"
            + " -Dgenesys.divisions.stateFile.");
      }
      if (out.isBlank()) {
        return TerraformState.empty(DESCRIPTION);
      }
      return new StateReader().parse(out, DESCRIPTION);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new StateException("Interrupted while running '" + command + "'.", e);
    } catch (ExecutionException e) {
      throw new StateException("Cannot read the output of '" + command + "': "
          + e.getCause().getMessage(), e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream in = stream) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String tail(String stderr) {
    String trimmed = stderr.strip();
    if (trimmed.isEmpty()) {
      return "(it printed nothing on stderr).";
    }
    String tail = trimmed.length() <= STDERR_TAIL ? trimmed
        : "..." + trimmed.substring(trimmed.length() - STDERR_TAIL);
    return tail.endsWith(".") ? tail : tail + ".";
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
