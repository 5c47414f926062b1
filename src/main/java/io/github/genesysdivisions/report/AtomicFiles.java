package io.github.genesysdivisions.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes files whole or not at all: each as a temporary file beside it, then a move over it. The
 * files get the permissions the umask gives a new file (a temporary file from
 * {@link Files#createTempFile} would be readable by its owner only).
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /**
   * Files written together. Each is first written in full to a temporary file beside its target;
   * only when every one is written are they moved over their targets, in the order added. So a
   * failure while writing (a full disk, a file size limit) leaves every target as it was, and a
   * failure while moving leaves each target either as it was or new, never half written. Closing
   * the batch removes the temporary files that were not moved.
   */
  public static final class Batch implements Closeable {

    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /** Writes the content to a temporary file beside the target. */
    public void add(Path target, byte[] content, boolean executable) throws IOException {
      Path directory = target.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Path temporary = createTemporary(directory, target.getFileName().toString());
      staged.put(temporary, target);
      Files.write(temporary, content);
      if (executable) {
        makeExecutable(temporary);
      }
    }

    /** Moves every temporary file over its target, in the order added. */
    public void commit() throws IOException {
      for (Iterator<Map.Entry<Path, Path>> it = staged.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Path, Path> next = it.next();
        try {
          Files.move(next.getKey(), next.getValue(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(next.getKey(), next.getValue(), StandardCopyOption.REPLACE_EXISTING);
        }
        it.remove();
      }
    }

    /** Removes the temporary files that were not moved. */
    @Override
    public void close() throws IOException {
      IOException failure = null;
      for (Path temporary : staged.keySet()) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      staged.clear();
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** A new empty file with a fresh name beside the target, created with the umask's permissions. */
  private static Path createTemporary(Path directory, String name) throws IOException {
    while (true) {
      Path candidate =
          directory.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        // taken by another writer: draw another name
      }
    }
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      if (permissions.contains(PosixFilePermission.GROUP_READ)) {
        permissions.add(PosixFilePermission.GROUP_EXECUTE);
      }
      if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
        permissions.add(PosixFilePermission.OTHERS_EXECUTE);
      }
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(true, true);
    }
  }
}
