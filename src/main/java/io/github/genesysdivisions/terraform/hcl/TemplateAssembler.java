package io.github.genesysdivisions.terraform.hcl;

import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import io.github.genesysdivisions.terraform.hcl.TemplatePiece.Kind;
import io.github.genesysdivisions.terraform.hcl.TemplatePiece.Sequence;
import io.github.genesysdivisions.terraform.hcl.TemplatePiece.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns the pieces of a template into its parts, in hclsyntax's order: strip markers first, then
 * the indentation of a {@code <<-} heredoc, then adjacent text joined and directives nested.
 */
final class TemplateAssembler {

  /** An {@code if} or {@code for} directive still open, or the template itself. */
  private static final class Level {
    final Sequence opener;
    List<TemplatePart> parts = new ArrayList<>();
    List<TemplatePart> thenParts;

    Level(Sequence opener) {
      this.opener = opener;
    }
  }

  private TemplateAssembler() {}

  /**
   * @param pieces the pieces in source order; this list is modified
   * @param flushIndentation whether to remove the common indentation ({@code <<-} heredocs)
   * @param end where the template ends, for an unclosed directive
   */
  static List<TemplatePart> assemble(
      List<TemplatePiece> pieces, boolean flushIndentation, SourcePosition end)
      throws TerraformSyntaxException {
    applyStripMarkers(pieces);
    if (flushIndentation) {
      flushIndentation(pieces);
    }
    return nest(pieces, end);
  }

  /**
   * The parts of the common template, without directives or {@code ~}: nothing to nest or strip;
   * null for any other template, which {@link #assemble} takes.
   */
  static List<TemplatePart> plain(List<TemplatePiece> pieces) {
    if (!onlyTextAndPlainInterpolations(pieces)) {
      return null;
    }
    List<TemplatePart> parts = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      TemplatePiece piece = pieces.get(i);
      if (piece instanceof Text text) {
        addText(parts, text);
      } else {
        Sequence sequence = (Sequence) piece;
        parts.add(new TemplateInterpolation(sequence.expression(), sequence.position()));
      }
    }
    return parts;
  }

  private static boolean onlyTextAndPlainInterpolations(List<TemplatePiece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Sequence sequence && (sequence.kind() != Kind.INTERPOLATION
          || sequence.stripBefore() || sequence.stripAfter())) {
        return false;
      }
    }
    return true;
  }

  private static void applyStripMarkers(List<TemplatePiece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      if (pieces.get(i) instanceof Sequence sequence) {
        if (sequence.stripBefore() && i > 0 && pieces.get(i - 1) instanceof Text text) {
          pieces.set(i - 1, new Text(stripTrailingSpace(text.text()), text.position()));
        }
        if (sequence.stripAfter() && i + 1 < pieces.size()
            && pieces.get(i + 1) instanceof Text text) {
          pieces.set(i + 1, new Text(text.text().substring(leadingSpaceEnd(text.text())),
              text.position()));
        }
      }
    }
  }

  /**
   * Removes from every line-leading text as many leading spaces as the least indented line has.
   * Lines of only spaces do not count; a line starting with a sequence counts as not indented.
   */
  private static void flushIndentation(List<TemplatePiece> pieces) {
    int indentation = Integer.MAX_VALUE;
    boolean lineStart = true;
    List<Integer> lineStarts = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      TemplatePiece piece = pieces.get(i);
      if (lineStart) {
        lineStart = false;
        int spaces = 0;
        if (piece instanceof Text text) {
          String value = text.text();
          int spaceEnd = leadingSpaceEnd(value);
          if (spaceEnd == value.length() && value.endsWith("\n")) {
            spaces = Integer.MAX_VALUE;
          } else {
            spaces = value.codePointCount(0, spaceEnd);
            lineStarts.add(i);
          }
        }
        indentation = Math.min(indentation, spaces);
      }
      if (piece instanceof Text text && text.text().endsWith("\n")) {
        lineStart = true;
      }
    }
    for (int i : lineStarts) {
      Text text = (Text) pieces.get(i);
      SourcePosition at = text.position();
      pieces.set(i, new Text(text.text().substring(text.text().offsetByCodePoints(0, indentation)),
          new SourcePosition(at.file(), at.line(), at.column() + indentation)));
    }
  }

  private static List<TemplatePart> nest(List<TemplatePiece> pieces, SourcePosition end)
      throws TerraformSyntaxException {
    Deque<Level> levels = new ArrayDeque<>();
    levels.push(new Level(null));
    for (TemplatePiece piece : pieces) {
      Level level = levels.peek();
      if (piece instanceof Text text) {
        addText(level.parts, text);
        continue;
      }
      Sequence sequence = (Sequence) piece;
      switch (sequence.kind()) {
        case INTERPOLATION -> level.parts.add(
            new TemplateInterpolation(sequence.expression(), sequence.position()));
        case IF, FOR -> {
          if (levels.size() > TokenCursor.MAX_DEPTH) {
            throw new TerraformSyntaxException(sequence.position(), "template directives nest"
                + " more than " + TokenCursor.MAX_DEPTH + " levels deep here, which this plugin"
                + " does not support");
          }
          levels.push(new Level(sequence));
        }
        case ELSE -> {
          if (level.thenParts != null) {
            throw misplaced(sequence, level);
          }
          expectOpen(sequence, level, Kind.IF);
          level.thenParts = level.parts;
          level.parts = new ArrayList<>();
        }
        case END_IF, END_FOR -> {
          expectOpen(sequence, level, sequence.kind() == Kind.END_IF ? Kind.IF : Kind.FOR);
          levels.pop();
          levels.peek().parts.add(close(level));
        }
      }
    }
    Level open = levels.peek();
    if (open.opener != null) {
      throw new TerraformSyntaxException(end, "expected " + closing(open.opener) + " to close the "
          + open.opener.kind() + " at " + open.opener.position() + " but found the end of the"
          + " template");
    }
    return open.parts;
  }

  private static void addText(List<TemplatePart> parts, Text text) {
    int last = parts.size() - 1;
    if (last >= 0 && parts.get(last) instanceof TemplateLiteral previous) {
      parts.set(last, new TemplateLiteral(previous.text() + text.text(), previous.position()));
    } else {
      parts.add(new TemplateLiteral(text.text(), text.position()));
    }
  }

  private static void expectOpen(Sequence sequence, Level level, Kind opener)
      throws TerraformSyntaxException {
    if (level.opener == null || level.opener.kind() != opener) {
      throw misplaced(sequence, level);
    }
  }

  private static TerraformSyntaxException misplaced(Sequence sequence, Level level) {
    if (level.opener == null) {
      Kind opener = sequence.kind() == Kind.END_FOR ? Kind.FOR : Kind.IF;
      return new TerraformSyntaxException(sequence.position(),
          sequence.kind() + " has no matching " + opener + " before it");
    }
    return new TerraformSyntaxException(sequence.position(), "expected " + closing(level.opener)
        + " to close the " + level.opener.kind() + " at " + level.opener.position()
        + " but found " + sequence.kind());
  }

  private static Kind closing(Sequence opener) {
    return opener.kind() == Kind.IF ? Kind.END_IF : Kind.END_FOR;
  }

  private static TemplatePart close(Level level) {
    Sequence opener = level.opener;
    if (opener.kind() == Kind.FOR) {
      return new TemplateFor(opener.keyVariable(), opener.valueVariable(), opener.expression(),
          level.parts, opener.position());
    }
    return level.thenParts == null
        ? new TemplateIf(opener.expression(), level.parts, List.of(), opener.position())
        : new TemplateIf(opener.expression(), level.thenParts, level.parts, opener.position());
  }

  private static String stripTrailingSpace(String text) {
    int end = text.length();
    while (end > 0) {
      int codePoint = text.codePointBefore(end);
      if (!isSpace(codePoint)) {
        break;
      }
      end -= Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  private static int leadingSpaceEnd(String text) {
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!isSpace(codePoint)) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  /** White space as Go's {@code unicode.IsSpace} has it, newlines included. */
  private static boolean isSpace(int codePoint) {
    return (codePoint >= '\t' && codePoint <= '\r') || codePoint == ' ' || codePoint == 0x85
        || Character.isSpaceChar(codePoint);
  }
}
