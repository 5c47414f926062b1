package io.github.genesysdivisions.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxErrorTest {

  private static String error(String source) {
    return assertThrows(TerraformSyntaxException.class,
        () -> Parser.parseConfig(source, "main.tf")).getMessage();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '§', quoteCharacter = '`', value = {
      "`resource \"a\" \"b\" {\n  name = \"x\"\n` § "
          + "`main.tf:3:1: expected \"}\" to close the block opened at main.tf:1:18 but found end of file`",
      "`a {\n  b {\n  }\n` § "
          + "`main.tf:4:1: expected \"}\" to close the block opened at main.tf:1:3 but found end of file`",
      "`name \"Sales\"\n` § `main.tf:1:13: expected \"{\" after the labels of block \"name\", or \"=\""
          + " if \"name\" is an attribute, but found end of line`",
      "`name 1` § `main.tf:1:6: expected \"=\" or \"{\" after \"name\" but found number 1`",
      "`a = @` § `main.tf:1:5: expected an expression but found invalid character \"@\"`",
      "`a = 1 +\n  2` § `main.tf:1:8: expected an expression but found end of line`",
      "`a = \"abc\nb = 1` § `main.tf:1:9: expected a closing quote for the string opened at"
          + " main.tf:1:5 but found end of line`",
      "`a = \"abc` § `main.tf:1:9: expected a closing quote for the string opened at main.tf:1:5"
          + " but found end of file`",
      "`a = <<EOT\nabc\n` § `main.tf:3:1: expected the heredoc end marker \"EOT\" for the heredoc"
          + " opened at main.tf:1:5 but found end of file`",
      "`a = <<-END\nabc\n  EN\n` § `main.tf:4:1: expected the heredoc end marker \"END\" for the"
          + " heredoc opened at main.tf:1:5 but found end of file`",
      "`a = 1\nb = 2\na = 3\n` § `main.tf:3:1: attribute \"a\" was already defined at main.tf:1`",
      "`x {\n  a = 1\n  a = 2\n}\n` § `main.tf:3:3: attribute \"a\" was already defined at main.tf:2`",
      "`a = 1 b = 2` § `main.tf:1:7: expected end of line after the value of \"a\" but found \"b\"`",
      "`a = 1, b = 2` § `main.tf:1:6: expected end of line after the value of \"a\" but found \",\"`",
      "`a = (1 + 2\n` § `main.tf:2:1: expected \")\" to close the \"(\" at main.tf:1:5 but found end"
          + " of file`",
      "`a = [1, 2` § `main.tf:1:10: expected \",\" or \"]\" in the tuple opened at main.tf:1:5 but"
          + " found end of file`",
      "`a = [1 2]` § `main.tf:1:8: expected \",\" or \"]\" in the tuple opened at main.tf:1:5 but"
          + " found number 2`",
      "`a = { b = 1 c = 2 }` § `main.tf:1:13: expected \",\" or end of line after the object item,"
          + " or \"}\" to close the object opened at main.tf:1:5 but found \"c\"`",
      "`a = {\n  b = 1\n` § `main.tf:3:1: expected \"}\" to close the object opened at main.tf:1:5"
          + " but found end of file`",
      "`a = { b 1 }` § `main.tf:1:9: expected \"=\" or \":\" after the object key but found"
          + " number 1`",
      "`a = { b.c = 1 }` § `main.tf:1:7: expected an object key but found a reference; put it in"
          + " parentheses to use its value, or in quotes for a name with periods`",
      "`a = \"${b\"` § `main.tf:1:9: expected \"}\" to close the interpolation opened at main.tf:1:6"
          + " but found a quoted string`",
      "`a = \"${b c}\"` § `main.tf:1:10: expected \"}\" to close the interpolation opened at"
          + " main.tf:1:6 but found \"c\"`",
      "`a = f(1 2)` § `main.tf:1:9: expected \",\" or \")\" in the call to f at main.tf:1:5 but"
          + " found number 2`",
      "`a = f(x..., y)` § `main.tf:1:11: expected \")\" after \"...\" in the call to f at"
          + " main.tf:1:5 but found \",\"`",
      "`a = b ? c` § `main.tf:1:10: expected \":\" for the \"?\" at main.tf:1:7 but found end"
          + " of file`",
      "`a = \"\\q\"` § `main.tf:1:6: expected an escape sequence (\\n, \\r, \\t, \\\", \\\\, \\uNNNN"
          + " or \\UNNNNNNNN) but found \"\\q\"`",
      "`a = \"\\u12\"` § `main.tf:1:6: expected 4 hexadecimal digits after \"\\u\" but found"
          + " \"\\u12\"`",
      "`a = \"\\UFFFFFFFF\"` § `main.tf:1:6: expected a Unicode scalar value but found"
          + " \"\\UFFFFFFFF\"`",
      "`a = \"\\uD800\"` § `main.tf:1:6: expected a Unicode scalar value but found \"\\uD800\"`",
      "`}` § `main.tf:1:1: expected an attribute name or a block type but found \"}\"`",
      "`\"a\" = 1` § `main.tf:1:1: expected an attribute name or a block type but found a quoted"
          + " string`",
      "`a = 1 /* x` § `main.tf:1:11: expected \"*/\" to close the comment opened at main.tf:1:7 but"
          + " found end of file`",
      "`a = \"%{ if x }y%{ endfor }\"` § `main.tf:1:16: expected %{ endif } to close the %{ if } at"
          + " main.tf:1:6 but found %{ endfor }`",
      "`a = \"%{ if x }y\"` § `main.tf:1:16: expected %{ endif } to close the %{ if } at"
          + " main.tf:1:6 but found the end of the template`",
      "`a = \"%{ if x }a%{ else }b%{ else }c%{ endif }\"` § `main.tf:1:26: expected %{ endif } to"
          + " close the %{ if } at main.tf:1:6 but found %{ else }`",
      "`a = \"%{ else }\"` § `main.tf:1:6: %{ else } has no matching %{ if } before it`",
      "`a = \"%{ endfor }\"` § `main.tf:1:6: %{ endfor } has no matching %{ for } before it`",
      "`a = \"%{ iff x }\"` § `main.tf:1:9: expected a template directive keyword (if, else,"
          + " endif, for or endfor) but found \"iff\"`",
      "`a = \"%{ if x y }\"` § `main.tf:1:14: expected \"}\" to end the %{ if } directive opened at"
          + " main.tf:1:6 but found \"y\"`",
      "`a = \"%{ for x on y }\"` § `main.tf:1:15: expected \"in\" after the variables of the for"
          + " directive but found \"on\"`",
      "`b { x = 1, y = 2 }` § `main.tf:1:10: expected \"}\" to close the single-line block opened"
          + " at main.tf:1:3 but found \",\"`",
      "`b { x = 1\n}` § `main.tf:1:10: expected \"}\" to close the single-line block opened at"
          + " main.tf:1:3 but found end of line`",
      "`b { c {} }` § `main.tf:1:7: expected \"=\" after \"c\" (a block on one line holds one"
          + " attribute) but found \"{\"`",
      "`b {} c {}` § `main.tf:1:6: expected end of line after the \"}\" of block \"b\" but found"
          + " \"c\"`",
      "`resource \"a${b}\" \"c\" {}` § `main.tf:1:12: expected a block label without interpolation"
          + " or directives but found \"${\"`",
      "`a = [for x on y : x]` § `main.tf:1:12: expected \"in\" after the variables of the for"
          + " expression but found \"on\"`",
      "`a = [for x in y x]` § `main.tf:1:17: expected \":\" after the collection of the for"
          + " expression but found \"x\"`",
      "`a = {for k in x : k}` § `main.tf:1:20: expected \"=>\" after the key of the for expression"
          + " but found \"}\"`",
      "`a = [for k in x : k => 1]` § `main.tf:1:21: expected \"]\" to close the for expression"
          + " opened at main.tf:1:5 but found \"=>\"`",
      "`a = b.` § `main.tf:1:7: expected an attribute name after \".\" but found end of file`",
      "`a = b.*.c.*` § `main.tf:1:11: expected an attribute name after \".\" in a splat expression"
          + " but found \"*\"`",
      "`a = b[*` § `main.tf:1:8: expected \"]\" after \"[*\" but found end of file`",
      "`a = b[1` § `main.tf:1:8: expected \"]\" to close the index opened at main.tf:1:6 but found"
          + " end of file`",
      "`a = 1e9999999999` § `main.tf:1:5: the number 1e9999999999 is out of range`",
      "`a = x::y` § `main.tf:1:9: expected \"(\" after the function name x::y but found end of"
          + " file`",
      "`a = <<EOT x\nEOT\n` § `main.tf:1:5: expected an expression but found \"<\"`",
      "`a = 1 & 2` § `main.tf:1:7: expected end of line after the value of \"a\" but found invalid"
          + " character \"&\"`",
      "`a = \"\u0007\"\nb = \u0007` § `main.tf:2:5: expected an expression but found invalid"
          + " character U+0007`"
  })
  void reportsTheFirstErrorWithItsPosition(String source, String expected) {
    assertEquals(expected, error(source));
  }

  @Test
  void reportsAnEarlierSyntaxErrorBeforeALaterLexicalError() {
    assertEquals("main.tf:1:7: expected end of line after the value of \"a\" but found \"b\"",
        error("a = 1 b\nc = \"unterminated\n"));
  }

  @Test
  void carriesThePositionOfTheError() {
    TerraformSyntaxException exception = assertThrows(TerraformSyntaxException.class,
        () -> Parser.parseConfig("a = 1\n  b = \n", "dir/x.tf"));
    assertEquals(new SourcePosition("dir/x.tf", 2, 7), exception.position());
  }

  @Test
  void rejectsTrailingTextAfterAnExpression() {
    TerraformSyntaxException exception = assertThrows(TerraformSyntaxException.class,
        () -> Parser.parseExpression("a b", "-var"));
    assertEquals("-var:1:3: expected the end of the expression but found \"b\"",
        exception.getMessage());
  }
}
