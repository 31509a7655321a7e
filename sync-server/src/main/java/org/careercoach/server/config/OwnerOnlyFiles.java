package org.careercoach.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Files and folders only the server's OS user may read: secrets and stored files in the data
 * folder. On POSIX they are created with their mode (never written first and narrowed after, which
 * leaves a moment in which anyone may open them); elsewhere the folder's permissions apply.
 */
public final class OwnerOnlyFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final SecureRandom RANDOM = new SecureRandom();

  private OwnerOnlyFiles() {}

  /** Creates a new file (failing if it exists) readable and writable by the owner only. */
  public static void create(Path file, byte[] content) throws IOException {
    createDirectories(file.toAbsolutePath().getParent());
    Files.createFile(file, fileMode());
    Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** Replaces a file's content in one move: a reader sees the old or the new file, never half. */
  public static void replace(Path file, String content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    createDirectories(folder);
    Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".new", fileMode());
    try {
      Files.writeString(partial, content, StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Creates a folder and any missing parents, each created one owner-only (0700). */
  public static void createDirectories(Path folder) throws IOException {
    Files.createDirectories(folder, folderMode());
  }

  /**
   * Narrows an existing folder to its owner (0700), for folders made before they were created so;
   * true if it had to.
   */
  public static boolean restrictFolder(Path folder) throws IOException {
    if (!POSIX || !Files.isDirectory(folder)) {
      return false;
    }
    var ownerOnly = PosixFilePermissions.fromString("rwx------");
    if (Files.getPosixFilePermissions(folder).equals(ownerOnly)) {
      return false;
    }
    Files.setPosixFilePermissions(folder, ownerOnly);
    return true;
  }

  /**
   * The password kept in this file, or a new random one stored there now. The file is the only
   * place it exists: the embedded process and our clients read it at each start.
   */
  public static String secret(Path file) throws IOException {
    if (!Files.exists(file)) {
      String fresh = randomSecret();
      try {
        create(file, fresh.getBytes(StandardCharsets.US_ASCII));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // Another start wrote it first: use theirs.
      }
    }
    String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (stored.isEmpty()) {
      throw new IllegalStateException(file + " is empty; delete it and start again");
    }
    return stored;
  }

  /** 32 random bytes, URL-safe Base64: no quote or space to escape in any configuration file. */
  public static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static FileAttribute<?>[] fileMode() {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private static FileAttribute<?>[] folderMode() {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
        }
        : new FileAttribute<?>[0];
  }
}
