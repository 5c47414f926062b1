package io.github.genesysdivisions.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a reader mutants of seed documents, each as the bytes of a file with a name of its own, and
 * sorts what comes back: a result, the reader's own exception with a message naming the file, or
 * anything else (a problem). The bytes go to the reader's entry point behind its file reading, so
 * twenty thousand cases cost no disk traffic.
 */
public final class MutationCampaign {

  /** Reads the bytes of one file. */
  @FunctionalInterface
  public interface Reader {
    Object read(byte[] bytes, Path file) throws Exception;
  }

  /**
   * What the campaign saw.
   *
   * @param results cases read into a result
   * @param refusals cases refused with the reader's exception and a one-line message naming the file
   * @param problems anything else: another exception type, an error, a message without the file
   *     or with a character that breaks or forges a log line
   */
  public record Tally(int results, int refusals, List<String> problems) {

    public int cases() {
      return results + refusals + problems.size();
    }
  }

  private MutationCampaign() {}

  /**
   * Runs the campaign.
   *
   * @param seed the random seed, named in each problem
   * @param seeds valid documents to mutate
   * @param cases how many mutants to try
   * @param directory the directory the files are named in
   * @param reader reads the file
   * @param refusal the one exception type the reader may throw
   */
  public static Tally run(long seed, List<byte[]> seeds, int cases, Path directory, Reader reader,
      Class<? extends Exception> refusal) {
    JsonMutator mutator = new JsonMutator(seed);
    int results = 0;
    int refusals = 0;
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      JsonMutator.Mutant mutant = mutator.mutate(seeds.get(i % seeds.size()));
      Path file = directory.resolve("case-" + i + ".json");
      try {
        if (reader.read(mutant.bytes(), file) == null) {
          problems.add(describe(seed, i, mutant, "null result"));
        } else {
          results++;
        }
      } catch (Exception e) {
        if (refusal.isInstance(e) && e.getMessage() != null && e.getMessage().contains(file.toString())
            && e.getMessage().codePoints().allMatch(MutationCampaign::harmless)) {
          refusals++;
        } else {
          problems.add(describe(seed, i, mutant, e.toString()));
        }
      } catch (StackOverflowError | OutOfMemoryError e) {
        problems.add(describe(seed, i, mutant, e.toString()));
      }
    }
    return new Tally(results, refusals, problems);
  }

  /** Whether a character of a message can neither break a log line nor forge one. */
  private static boolean harmless(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> false;
      default -> true;
    };
  }

  private static String describe(long seed, int index, JsonMutator.Mutant mutant, String outcome) {
    String text = new String(mutant.bytes(), StandardCharsets.UTF_8);
    return "seed " + seed + " case " + index + " " + mutant.steps() + ": " + outcome + "\n    input: "
        + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
  }
}
