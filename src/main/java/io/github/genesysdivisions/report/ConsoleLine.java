package io.github.genesysdivisions.report;

/**
 * A line for the build log.
 *
 * @param level where it goes
 * @param text the text
 */
public record ConsoleLine(Level level, String text) {

  /** Log levels, as Maven's log has them. */
  public enum Level {
    DEBUG,
    INFO,
    WARNING,
    ERROR
  }
}
