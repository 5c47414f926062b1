package io.github.genesysdivisions.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a file whole or not at all: a temporary file beside it, then a move over it. The file gets
 * the permissions the umask gives a new file (a temporary file from {@link Files#createTempFile}
 * would be readable by its owner only).
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Writes the bytes to the target, replacing it atomically where the file system can. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, content, false);
  }

  /**
   * Like {@link #write(Path, byte[])}, and makes the file executable by those who may read it, as
   * {@code chmod +x} does.
   */
  public static void writeExecutable(Path target, byte[] content) throws IOException {
    write(target, content, true);
  }

  private static void write(Path target, byte[] content, boolean executable) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = null;
    try {
      temporary = createTemporary(directory, target.getFileName().toString());
      Files.write(temporary, content);
      if (executable) {
        makeExecutable(temporary);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
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
