package io.github.genesysdivisions.genesys;

import java.util.List;
import java.util.Objects;

/**
 * Masks secrets in text that came from elsewhere (an error body, an exception message) before it
 * goes into a message, in case a server or a library echoed one.
 */
final class Redactor {

  private static final String MASK = "****";

  private final List<String> secrets;

  Redactor(List<String> secrets) {
    this.secrets = secrets.stream().filter(Objects::nonNull).filter(s -> !s.isEmpty()).toList();
  }

  String redact(String text) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }
}
