package io.github.genesysdivisions.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A log at debug level that keeps its lines, as {@code LEVEL text}, with any throwable. */
final class RecordingLog extends SystemStreamLog {

  private final List<String> lines = new ArrayList<>();

  /** The lines logged so far. */
  List<String> lines() {
    return lines;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public void debug(CharSequence content) {
    lines.add("DEBUG " + content);
  }

  @Override
  public void debug(CharSequence content, Throwable error) {
    lines.add("DEBUG " + content + " " + error);
  }

  @Override
  public void info(CharSequence content) {
    lines.add("INFO " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("WARN " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("ERROR " + content);
  }
}
