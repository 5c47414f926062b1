package io.github.genesysdivisions.genesys;

import java.util.Objects;

/**
 * A {@code <server>} of Maven's settings.xml, as the build found it (password already decrypted):
 * its username is the OAuth client id, its password the client secret.
 *
 * @param serverId the server's {@code <id>}
 * @param username its {@code <username>}, or {@code null}
 * @param password its {@code <password>}, or {@code null}; never shown by {@link #toString()}
 */
public record ServerCredentials(String serverId, String username, String password) {

  public ServerCredentials {
    Objects.requireNonNull(serverId, "serverId");
  }

  @Override
  public String toString() {
    return "settings.xml server \"" + serverId + "\"";
  }
}
