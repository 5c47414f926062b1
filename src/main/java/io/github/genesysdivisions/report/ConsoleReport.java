package io.github.genesysdivisions.report;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console lines of a check: blocking findings at error, notable ones at warning, one summary
 * at info, the rest at debug.
 */
public final class ConsoleReport {

  private static final Set<FindingKind> NOTABLE =
      EnumSet.of(FindingKind.DRIFT, FindingKind.UNRESOLVED, FindingKind.STALE_STATE);

  private ConsoleReport() {}

  /**
   * The lines, in the order they are logged.
   *
   * @param result the check's result
   * @param outputs the files written, for the summary
   * @param outputDirectory where they were written
   */
  public static List<ConsoleLine> lines(CheckResult result, List<Path> outputs, Path outputDirectory) {
    List<ConsoleLine> lines = new ArrayList<>();
    for (String warning : result.warnings()) {
      lines.add(new ConsoleLine(ConsoleLine.Level.WARNING, warning));
    }
    for (Finding finding : result.findings()) {
      lines.add(new ConsoleLine(level(finding), describe(finding)));
    }
    lines.add(new ConsoleLine(ConsoleLine.Level.INFO, summary(result, outputs, outputDirectory)));
    return lines;
  }

  /** One finding as a line: kind, address, file:line, message and remedy. */
  public static String describe(Finding finding) {
    StringBuilder line = new StringBuilder()
        .append(finding.kind()).append(' ').append(finding.address())
        .append(" (").append(finding.location()).append("): ").append(finding.message());
    if (finding.remedy() != null) {
      line.append(" Fix: ").append(finding.remedy());
    }
    return line.toString();
  }

  private static ConsoleLine.Level level(Finding finding) {
    if (finding.blocking()) {
      return ConsoleLine.Level.ERROR;
    }
    return NOTABLE.contains(finding.kind()) ? ConsoleLine.Level.WARNING : ConsoleLine.Level.DEBUG;
  }

  private static String summary(CheckResult result, List<Path> outputs, Path outputDirectory) {
    Map<FindingKind, Long> counts = result.countsByKind();
    String byKind = counts.isEmpty() ? "no findings"
        : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    String files = outputs.stream().map(p -> p.getFileName().toString())
        .collect(Collectors.joining(", "));
    return "Checked " + result.subjects().size() + " division instance(s) against the org ("
        + result.source() + "): " + byKind + "; " + result.blocking().size() + " blocking. Wrote "
        + files + " to " + outputDirectory;
  }
}
