package org.careercoach.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careercoach.server.config.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in a folder (the embedded default: {@code COACH_DATA_DIR/blobs}). Writes go to a temporary
 * file first and are moved into place, so a crash never leaves half a file under a key. Folders are
 * created owner-only (0700): users' files are no business of other local accounts.
 */
class LocalBlobStore implements BlobStore {

  /** Keys are ours ({@code users/<uuid>/resumes/<uuid>}), but a path must never escape the root. */
  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*");

  private static final Logger log = LoggerFactory.getLogger(LocalBlobStore.class);

  private final Path root;

  LocalBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, Path file, String contentType) {
    Path target = resolve(key);
    try {
      OwnerOnlyFiles.createDirectories(target.getParent());
      Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
      try {
        Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
        move(partial, target);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw failure("write", key, e);
    }
  }

  /**
   * Closes a store folder made before folders were owner-only (0755): no other local account may
   * list or enter it, and so none of the folders below.
   */
  void restrictToOwner() {
    try {
      if (OwnerOnlyFiles.restrictFolder(root)) {
        log.info("event=blob_folder_restricted folder={} mode=0700", root);
      }
    } catch (IOException e) {
      throw failure("restrict", "(the store's folder)", e);
    }
  }

  @Override
  public InputStream open(String key) {
    try {
      return Files.newInputStream(resolve(key));
    } catch (NoSuchFileException e) {
      throw new StorageException(
          false, "blob-missing", "The stored file is missing from " + describe() + ".", e);
    } catch (IOException e) {
      throw failure("read", key, e);
    }
  }

  @Override
  public Optional<URI> downloadUrl(String key, String filename, String contentType) {
    return Optional.empty();
  }

  @Override
  public void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw failure("delete", key, e);
    }
  }

  @Override
  public void check() {
    try {
      OwnerOnlyFiles.createDirectories(root);
      Path probe = Files.createTempFile(root, ".health-", ".probe");
      Files.delete(probe);
    } catch (IOException e) {
      throw failure("write", "(health probe)", e);
    }
  }

  @Override
  public String describe() {
    return "local folder " + root;
  }

  private Path resolve(String key) {
    if (!SAFE_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a storage key: " + key);
    }
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("key escapes the store: " + key);
    }
    return path;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private StorageException failure(String action, String key, IOException e) {
    return new StorageException(
        false,
        "storage-io",
        "Could not "
            + action
            + " "
            + key
            + " in "
            + describe()
            + ": "
            + e.getClass().getSimpleName()
            + ". Check that the folder exists, has free space and is writable by the server.",
        e);
  }
}
