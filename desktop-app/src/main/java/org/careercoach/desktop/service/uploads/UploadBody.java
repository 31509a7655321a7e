package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A file sent from its copy as it is read, never whole in memory, telling how many bytes were
 * written into the request so far: after a chunk once {@link #STEP} bytes or {@link #EVERY_NANOS}
 * passed since the last report, and at the end. A retried request (OkHttp may write a body twice)
 * counts again from zero.
 */
final class UploadBody extends RequestBody {

  static final long STEP = 64 * 1024;
  static final long EVERY_NANOS = 100_000_000L;
  private static final int CHUNK = 16 * 1024;

  private final Path file;
  private final MediaType type;
  private final LongConsumer progress;

  UploadBody(Path file, MediaType type, LongConsumer progress) {
    this.file = file;
    this.type = type;
    this.progress = progress;
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() throws IOException {
    return Files.size(file);
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    byte[] buffer = new byte[CHUNK];
    long written = 0;
    long reported = 0;
    long reportedAt = System.nanoTime();
    progress.accept(0);
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        sink.write(buffer, 0, read);
        sink.flush(); // counted when it went towards the server, not when it was buffered
        written += read;
        long now = System.nanoTime();
        if (written - reported >= STEP || now - reportedAt >= EVERY_NANOS) {
          progress.accept(written);
          reported = written;
          reportedAt = now;
        }
      }
    }
    if (reported != written) {
      progress.accept(written);
    }
  }
}
