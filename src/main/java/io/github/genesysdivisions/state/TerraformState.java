package io.github.genesysdivisions.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The division instances a Terraform state holds, by address. */
public final class TerraformState {

  private final String description;
  private final List<StateEntry> entries;
  private final Map<String, StateEntry> byAddress = new LinkedHashMap<>();
  private final Map<String, List<StateEntry>> byId = new HashMap<>();

  /**
   * @param description where the state came from, for messages (a path, or "terraform state pull")
   * @param entries the division instances it holds
   */
  public TerraformState(String description, List<StateEntry> entries) {
    this.description = description;
    this.entries =
        entries.stream().sorted(Comparator.comparing(StateEntry::address)).toList();
    for (StateEntry entry : this.entries) {
      byAddress.put(entry.address(), entry);
      byId.computeIfAbsent(entry.id().toLowerCase(Locale.ROOT), id -> new ArrayList<>(1)).add(entry);
    }
  }

  /** A state with no entries, used when there is no state at all. */
  public static TerraformState empty(String description) {
    return new TerraformState(description, List.of());
  }

  /** Where the state came from. */
  public String description() {
    return description;
  }

  /** Every entry, sorted by address. */
  public List<StateEntry> entries() {
    return entries;
  }

  /** The entries that hold a division id (GUIDs compare case-insensitively). */
  public List<StateEntry> holding(String divisionId) {
    return List.copyOf(byId.getOrDefault(divisionId.toLowerCase(Locale.ROOT), List.of()));
  }

  /** The entry at an address. */
  public Optional<StateEntry> at(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }
}
