package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "3b9c2a4e-0000-4000-8000-000000000001",
      "3B9C2A4E-0000-4000-8000-00000000000A",
      "aBcDeF01-2345-6789-abcd-ef0123456789",
      "00000000-0000-0000-0000-000000000000",
  })
  void acceptsGuids(String text) {
    assertTrue(DivisionIds.isGuid(text));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
      "",
      "3b9c2a4e",
      "3b9c2a4e00004000800000000000000001",
      "3b9c2a4e-0000-4000-8000-00000000000",
      "3b9c2a4e-0000-4000-8000-0000000000011",
      " 3b9c2a4e-0000-4000-8000-000000000001",
      "3b9c2a4e-0000-4000-8000-000000000001\n",
      "{3b9c2a4e-0000-4000-8000-000000000001}",
      "3b9c2a4e0-000-4000-8000-000000000001",
      "3b9c2a4e_0000_4000_8000_000000000001",
      "3b9c2a4e-0000-4000-8000-00000000000g",
      "3b9c2a4e-0000-4000-8000-00000000000G",
      "3b9c2a4e-0000-4000-8000-0000000000 1",
      "3b9c2a4e-0000-4000-8000-0000000000'1",
      "3b9c2a4e-0000-4000-8000-0000000000$(",
      "3b9c2a4e-0000-4000-8000-00000000000\u0661",
      "3b9c2a4e-0000-4000-8000-00000000000\uFF11",
      "3b9c2a4e-0000-4000-8000-00000000000\uFF41",
      "\u0663b9c2a4e-0000-4000-8000-000000000001",
      "3b9c2a4e\u20100000-4000-8000-000000000001",
  })
  void rejectsEverythingElse(String text) {
    assertFalse(DivisionIds.isGuid(text));
  }
}
