package io.github.genesysdivisions.check;

import java.util.Objects;

/**
 * What the check found about one instance or data source.
 *
 * @param kind the finding kind
 * @param address the instance address, as Terraform writes it
 * @param name the resolved name, or {@code null} when unresolved
 * @param divisionId the org division involved (to import, holding the name, drifted), or {@code null}
 * @param blocking whether the finding would make {@code terraform apply} fail
 * @param file the declaring file, relative to the Terraform directory
 * @param line the line of the block (of the argument, for {@code UNSUPPORTED_ARGUMENT})
 * @param message what was found, in one sentence or two
 * @param remedy what fixes it, or {@code null} when nothing needs fixing
 */
public record Finding(
    FindingKind kind,
    String address,
    String name,
    String divisionId,
    boolean blocking,
    String file,
    int line,
    String message,
    String remedy) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line}, as messages print it. */
  public String location() {
    return file + ":" + line;
  }
}
