package io.github.genesysdivisions.terraform.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Value} and {@link Type} hold constants that are instances of their own records. If
 * either interface had a default method, a JVM would initialize it before any record implementing
 * it, and two threads meeting them first from opposite ends (Value.NULL here, Bool.of there, as
 * the modules of a {@code -T} build do in one JVM) would wait on each other for ever.
 */
class ValueInitializationTest {

  @ParameterizedTest
  @ValueSource(classes = {Value.class, Type.class})
  void declaresNoDefaultMethod(Class<?> type) {
    List<String> defaults = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isDefault()) {
        defaults.add(method.getName());
      }
    }
    assertEquals(List.of(), defaults);
  }

  /** Races first uses from both ends, each in a fresh JVM, where nothing is initialized yet. */
  @Test
  void firstUsesFromBothEndsAtOnceFinish() throws Exception {
    for (int run = 0; run < 5; run++) {
      Process process = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
          "-cp", System.getProperty("java.class.path"), RaceMain.class.getName())
          .redirectErrorStream(true)
          .start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the race did not end");
      assertEquals("finished", output.strip(), "run " + run);
    }
  }

  /** Two threads use Value and Type from opposite ends at the same moment. */
  public static final class RaceMain {
    public static void main(String[] args) throws Exception {
      CyclicBarrier start = new CyclicBarrier(4);
      List<Thread> threads = List.of(
          new Thread(() -> race(start, () -> Value.Bool.of(true))),
          new Thread(() -> race(start, () -> Value.NULL)),
          new Thread(() -> race(start, () -> new Type.Primitive("string"))),
          new Thread(() -> race(start, () -> Type.ANY)));
      for (Thread thread : threads) {
        thread.setDaemon(true);
        thread.start();
      }
      boolean finished = true;
      for (Thread thread : threads) {
        thread.join(5_000);
        finished &= !thread.isAlive();
      }
      System.out.println(finished ? "finished" : "deadlocked");
    }

    private static void race(CyclicBarrier start, java.util.function.Supplier<Object> firstUse) {
      try {
        start.await();
        firstUse.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
