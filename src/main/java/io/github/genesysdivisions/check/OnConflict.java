package io.github.genesysdivisions.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What blocking findings do to the build. */
public enum OnConflict {
  /** Any blocking finding fails the build. */
  FAIL,
  /** {@code CONFLICT} and blocking {@code STALE_STATE} do not fail the build; other blocking findings do. */
  SCRIPT,
  /** Findings never fail the build. */
  WARN;

  /** Parses the parameter value, case-insensitively. */
  public static OnConflict parse(String value) {
    for (OnConflict mode : values()) {
      if (mode.name().equalsIgnoreCase(value.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "-Dgenesys.divisions.onConflict=" + value + " is not one of "
            + Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  /** Whether this finding fails the build in this mode. */
  public boolean failsBuild(Finding finding) {
    return switch (this) {
      case FAIL -> finding.blocking();
      case SCRIPT -> finding.blocking()
          && finding.kind() != FindingKind.CONFLICT
          && finding.kind() != FindingKind.STALE_STATE;
      case WARN -> false;
    };
  }
}
