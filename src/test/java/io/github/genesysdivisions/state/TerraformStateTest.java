package io.github.genesysdivisions.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerraformStateTest {

  private static final String ID = "3b9c2a4e-0000-4000-8000-00000000000a";

  private final StateEntry b = new StateEntry("genesyscloud_auth_division.b", ID, "B", false);
  private final StateEntry a = new StateEntry("module.m.genesyscloud_auth_division.a", ID.toUpperCase(), "A", false);
  private final StateEntry other =
      new StateEntry("genesyscloud_auth_division.c", "3b9c2a4e-0000-4000-8000-00000000000c", "C", true);
  private final TerraformState state = new TerraformState("test", List.of(a, other, b));

  @Test
  void entriesAreSortedByAddress() {
    assertEquals(List.of(b, other, a), state.entries());
  }

  @Test
  void findsEntriesByAddress() {
    assertEquals(Optional.of(other), state.at("genesyscloud_auth_division.c"));
    assertEquals(Optional.empty(), state.at("genesyscloud_auth_division.missing"));
  }

  @Test
  void findsEveryEntryHoldingADivisionWhateverTheCaseOfItsId() {
    assertEquals(List.of(b, a), state.holding(ID.toUpperCase()));
    assertEquals(List.of(), state.holding("3b9c2a4e-0000-4000-8000-0000000000ff"));
  }
}
