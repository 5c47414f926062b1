package io.github.genesysdivisions.check;

import io.github.genesysdivisions.genesys.OrgDivision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The org's divisions, looked up by id and by name. */
public final class OrgDivisions {

  private final Map<String, OrgDivision> byId = new HashMap<>();
  private final Map<String, List<OrgDivision>> byFoldedName = new HashMap<>();
  private final OrgDivision home;

  /** The divisions, the home division being the one the listing marks. */
  public OrgDivisions(List<OrgDivision> divisions) {
    this(divisions, Optional.empty());
  }

  /**
   * @param divisions the divisions found
   * @param home the home division as the org names it, when asked separately; else the one the
   *     divisions mark
   */
  public OrgDivisions(List<OrgDivision> divisions, Optional<OrgDivision> home) {
    OrgDivision homeDivision = null;
    for (OrgDivision division : divisions) {
      byId.put(division.id().toLowerCase(Locale.ROOT), division);
      byFoldedName.computeIfAbsent(fold(division.name()), k -> new ArrayList<>(1)).add(division);
      if (division.home()) {
        homeDivision = division;
      }
    }
    this.home = home.orElse(homeDivision);
  }

  /** The division with this id (GUIDs compare case-insensitively). */
  public Optional<OrgDivision> byId(String id) {
    return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The home division, when the listing marks one. */
  public Optional<OrgDivision> home() {
    return Optional.ofNullable(home);
  }

  /**
   * The division holding a name: an exact match first, else (when names are not case-sensitive)
   * one that differs only in letter case.
   */
  public Optional<NameMatch> holding(String name, boolean caseSensitive) {
    List<OrgDivision> candidates = byFoldedName.getOrDefault(fold(name), List.of());
    for (OrgDivision division : candidates) {
      if (division.name().equals(name)) {
        return Optional.of(new NameMatch(division, false));
      }
    }
    if (caseSensitive || candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new NameMatch(candidates.get(0), true));
  }

  /** Names folded for case-insensitive comparison. */
  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * A division whose name matches.
   *
   * @param division the division
   * @param caseOnly whether its name differs from the one asked for in letter case only
   */
  public record NameMatch(OrgDivision division, boolean caseOnly) {}
}
