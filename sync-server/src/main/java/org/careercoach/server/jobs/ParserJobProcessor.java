package org.careercoach.server.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.ai.ModelProvider;
import org.careercoach.server.parsing.ChildJvmParser;
import org.careercoach.server.parsing.ResumeParser;
import org.careercoach.server.storage.BlobStore;
import org.springframework.stereotype.Component;

/**
 * Parses the stored file: fetched to a temporary file (never into memory whole), then read by the
 * parser in this JVM, or in a child JVM of its own heap when {@code COACH_JOB_ISOLATE_HEAP} is set.
 * Claude is used when {@code ANTHROPIC_API_KEY} is set, its answers kept in the database.
 */
@Component
class ParserJobProcessor implements JobProcessor {

  private final BlobStore store;
  private final ResumeParser parser;
  private final ChildJvmParser isolated;

  ParserJobProcessor(BlobStore store, JobProperties properties, ModelProvider ai) {
    this.store = store;
    this.parser = new ResumeParser(ResumeParser.DEFAULT_TIME_LIMIT, ai.client());
    String heap = properties.isolateHeap();
    this.isolated =
        heap == null || heap.isBlank() ? null : new ChildJvmParser(heap, Duration.ofSeconds(90));
  }

  @Override
  public Resume process(Upload upload) {
    Path file = null;
    try {
      file = Files.createTempFile("coach-parse-", "-" + safeSuffix(upload.filename()));
      try (InputStream in = store.open(upload.storageKey())) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return isolated != null ? isolated.parse(file) : parser.parse(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch the stored file to parse it", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }

  /** The extension tells the parser the format; the rest of the owner's name is not needed. */
  private static String safeSuffix(String filename) {
    int dot = filename.lastIndexOf('.');
    String extension = dot < 0 ? "" : filename.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    return "upload" + extension;
  }
}
