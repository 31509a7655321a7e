package org.careercoach.server.storage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** A store of immutable files under generated keys. Implementations explain their failures. */
public interface BlobStore {

  /** Stores the file under the key, replacing nothing else; large files go in parts. */
  void put(String key, Path file, String contentType);

  /** The file's bytes; the caller closes the stream. */
  InputStream open(String key);

  /**
   * A short-lived URL that fetches the file directly from the store, where the store offers one
   * (S3, valid for {@code coach.storage.download-url-lifetime}); empty where the server must stream
   * it (the local store).
   */
  Optional<URI> downloadUrl(String key, String filename, String contentType);

  /** Removes the file; removing a missing file is not an error. */
  void delete(String key);

  /** Checks the store can be reached and written, for {@code /actuator/health}. */
  void check();

  /** A short description for logs and health: "local folder /x" or "S3 bucket b". */
  String describe();
}
