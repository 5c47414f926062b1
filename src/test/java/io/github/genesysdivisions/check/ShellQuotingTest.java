package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellQuotingTest {

  static Stream<Arguments> words() {
    return Stream.of(
        Arguments.of("genesyscloud_auth_division.eng", "'genesyscloud_auth_division.eng'"),
        Arguments.of("", "''"),
        Arguments.of("it's", "'it'\\''s'"),
        Arguments.of("''", "''\\'''\\'''"),
        Arguments.of("a b\tc", "'a b\tc'"),
        Arguments.of("line1\nline2", "'line1\nline2'"),
        Arguments.of("$(touch pwned) `id` \\ $HOME ${X}", "'$(touch pwned) `id` \\ $HOME ${X}'"),
        Arguments.of("x[\"say \\\"hi\\\"\"]", "'x[\"say \\\"hi\\\"\"]'"),
        Arguments.of("Zürich 東京 🚀", "'Zürich 東京 🚀'"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("words")
  void singleQuotesEveryWord(String word, String quoted) {
    assertEquals(quoted, ShellQuoting.quote(word));
  }
}
