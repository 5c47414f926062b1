package io.github.genesysdivisions.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.terraform.Addresses;
import io.github.genesysdivisions.terraform.DeclarationMode;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The addresses the state reader builds must be the ones Terraform writes. */
class AddressesTest {

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of(null, ""),
        Arguments.of(0, "[0]"),
        Arguments.of(12L, "[12]"),
        Arguments.of(new BigDecimal("3"), "[3]"),
        Arguments.of(new BigDecimal("3.0"), "[3]"),
        Arguments.of("", "[\"\"]"),
        Arguments.of("Sales Team", "[\"Sales Team\"]"),
        Arguments.of("say \"hi\"", "[\"say \\\"hi\\\"\"]"),
        Arguments.of("it's", "[\"it's\"]"),
        Arguments.of("C:\\dir", "[\"C:\\\\dir\"]"),
        Arguments.of("a\nb\rc\td", "[\"a\\nb\\rc\\td\"]"),
        Arguments.of("\u0001", "[\"\\u0001\"]"),
        Arguments.of("${var.x}", "[\"$${var.x}\"]"),
        Arguments.of("%{ if x }", "[\"%%{ if x }\"]"),
        Arguments.of("$x % y $", "[\"$x % y $\"]"),
        Arguments.of("$${x}", "[\"$$${x}\"]"),
        Arguments.of("Zürich 東京 🚀", "[\"Zürich 東京 🚀\"]"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("keys")
  void writesIndexKeysAsTerraformDoes(Object key, String suffix) {
    assertEquals(suffix, Addresses.indexSuffix(key));
  }

  static Stream<Arguments> instances() {
    return Stream.of(
        Arguments.of("", DeclarationMode.RESOURCE, "eng", null, "genesyscloud_auth_division.eng"),
        Arguments.of(null, DeclarationMode.RESOURCE, "counted", 1, "genesyscloud_auth_division.counted[1]"),
        Arguments.of("", DeclarationMode.DATA, "legacy", null, "data.genesyscloud_auth_division.legacy"),
        Arguments.of("", DeclarationMode.DATA, "x", "k", "data.genesyscloud_auth_division.x[\"k\"]"),
        Arguments.of("module.region[\"emea\"]", DeclarationMode.RESOURCE, "this", null,
            "module.region[\"emea\"].genesyscloud_auth_division.this"),
        Arguments.of("module.a[0].module.b", DeclarationMode.DATA, "d", "Sales Team",
            "module.a[0].module.b.data.genesyscloud_auth_division.d[\"Sales Team\"]"));
  }

  @ParameterizedTest(name = "[{index}] {4}")
  @MethodSource("instances")
  void writesInstanceAddresses(String module, DeclarationMode mode, String name, Object key, String address) {
    assertEquals(address, Addresses.instance(module, mode, Addresses.DIVISION_TYPE, name, key));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("messageTexts")
  void printableEscapesOnlyWhatBreaksOrForgesALine(String text, String printable) {
    assertEquals(printable, Addresses.printable(text));
  }

  static Stream<Arguments> messageTexts() {
    return Stream.of(
        Arguments.of("Unexpected character ('}' (code 125))", "Unexpected character ('}' (code 125))"),
        Arguments.of("say \"hi\" \\ ${x} Zürich 🚀", "say \"hi\" \\ ${x} Zürich 🚀"),
        Arguments.of("x\n[INFO] BUILD SUCCESS", "x\\u000a[INFO] BUILD SUCCESS"),
        Arguments.of("a\r\tb\u2028c\u2029d\u0085e", "a\\u000d\\u0009b\\u2028c\\u2029d\\u0085e"),
        Arguments.of("\u001b[2K\u202eevil\ud800", "\\u001b[2K\\u202eevil\\ud800"),
        Arguments.of("\udb80\udc00", "\\U000f0000"));
  }
}
