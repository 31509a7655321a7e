package org.careercoach.server.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.parsing.ChildJvmParser;
import org.careercoach.server.parsing.ClaudeResumeParser;
import org.careercoach.server.parsing.ResumeParser;
import org.careercoach.server.storage.BlobStore;
import org.springframework.core.env.Environment;
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

  ParserJobProcessor(
      BlobStore store, JobProperties properties, JdbcAnswerCache answers, Environment env) {
    this.store = store;
    Map<String, String> claudeSettings =
        Map.of(
            "ANTHROPIC_API_KEY", env.getProperty("ANTHROPIC_API_KEY", ""),
            "CLAUDE_MODEL", env.getProperty("CLAUDE_MODEL", "claude-sonnet-4-5"),
            "ANTHROPIC_BASE_URL",
                env.getProperty("ANTHROPIC_BASE_URL", "https://api.anthropic.com"));
    this.parser =
        new ResumeParser(
            ResumeParser.DEFAULT_TIME_LIMIT,
            ClaudeResumeParser.fromEnvironment(claudeSettings, answers));
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
