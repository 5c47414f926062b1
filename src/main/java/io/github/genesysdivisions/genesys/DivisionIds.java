package io.github.genesysdivisions.genesys;

import java.util.regex.Pattern;

/** Division ids are GUIDs; only checked GUIDs ever reach a message, a report or a script. */
public final class DivisionIds {

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private DivisionIds() {}

  /**
   * Whether {@code id} is a GUID such as {@code 2f5a07b6-1b2c-4a51-9e33-0c8d1e6a4b21}.
   *
   * @param id the text to check, possibly {@code null}
   * @return {@code true} for a GUID, in either letter case
   */
  public static boolean isGuid(String id) {
    return id != null && GUID.matcher(id).matches();
  }
}
