package org.careercoach.server.parsing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;

/**
 * Parses each document in a child JVM with its own small heap, so an unforeseen blow-up (a
 * decompression bomb the limits missed, a library bug) kills only that process, never the server.
 * The child is this same program with {@code parse-one FILE}; it prints the JSON Resume, or a
 * reason on standard error and exits 1.
 */
public final class ChildJvmParser {

  static final int EXIT_FAILED = 1;

  /** What HotSpot exits with under {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int EXIT_OUT_OF_MEMORY = 3;

  private final String maxHeap;
  private final Duration timeLimit;

  public ChildJvmParser(String maxHeap, Duration timeLimit) {
    this.maxHeap = maxHeap;
    this.timeLimit = timeLimit;
  }

  public Resume parse(Path file) {
    Path out = null;
    Path err = null;
    Process child = null;
    try {
      out = Files.createTempFile("coach-parse-", ".json");
      err = Files.createTempFile("coach-parse-", ".err");
      child =
          new ProcessBuilder(command(file))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!child.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
        child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new ParseFailure(
            ParseFailure.Kind.TIMEOUT,
            "Reading this document took longer than "
                + timeLimit.toSeconds()
                + " s; it is too"
                + " complex or damaged. Try exporting it again as PDF or DOCX.");
      }
      String error = Files.readString(err, StandardCharsets.UTF_8).strip();
      if (child.exitValue() == EXIT_FAILED && !error.isEmpty()) {
        throw reported(lastLine(error));
      }
      if (child.exitValue() != 0) {
        throw new ParseFailure(
            ParseFailure.Kind.INTERNAL,
            child.exitValue() == EXIT_OUT_OF_MEMORY || error.contains("OutOfMemoryError")
                ? "The document needs more memory than a resume could."
                : "The document could not be read (the parser stopped with code "
                    + child.exitValue()
                    + ").");
      }
      return CoachJson.mapper()
          .readValue(Files.readString(out, StandardCharsets.UTF_8), Resume.class);
    } catch (IOException | JacksonException e) {
      // Not the document's fault: a failure worth another attempt, its detail for the log only.
      throw new IllegalStateException("The parser process could not be run: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // The server is stopping and hands the job back: the child must not read on after the
      // server has gone (an orphan JVM with its heap, whose answer nobody reads).
      if (child != null) {
        child.destroyForcibly();
      }
      throw new ParseFailure(ParseFailure.Kind.INTERRUPTED, "The parse was interrupted.", e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  /** This program again: the same jar, or the same class path when run from classes (tests). */
  private List<String> command(Path file) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-Xss1m");
    String classPath = System.getProperty("java.class.path");
    if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
      command.add("-jar");
      command.add(classPath);
    } else {
      command.add("-cp");
      command.add(classPath);
      command.add("org.careercoach.server.SyncServerApplication");
    }
    command.add("parse-one");
    command.add(file.toAbsolutePath().toString());
    return command;
  }

  /** The child's side: parse one file, print the JSON Resume or the reason. */
  public static int runChild(List<String> args) {
    if (args.size() != 1) {
      System.err.println("usage: parse-one FILE");
      return 2;
    }
    try {
      Resume resume = new ResumeParser().parse(Path.of(args.get(0)));
      System.out.print(CoachJson.mapper().writeValueAsString(resume));
      return 0;
    } catch (ParseFailure e) {
      // The kind, a tab, the words: the parent rebuilds the same failure from this last line.
      System.err.println(e.kind() + "\t" + e.getMessage());
      return EXIT_FAILED;
    }
  }

  /** The failure the child reported on its last line ({@code KIND\tmessage}). */
  static ParseFailure reported(String line) {
    int tab = line.indexOf('\t');
    String prefix = tab > 0 ? line.substring(0, tab) : "";
    return java.util.Arrays.stream(ParseFailure.Kind.values())
        .filter(kind -> kind.name().equals(prefix))
        .findFirst()
        .map(kind -> new ParseFailure(kind, line.substring(tab + 1)))
        // A line without a kind is not one the child wrote on purpose: a crash's last words.
        .orElseGet(() -> new ParseFailure(ParseFailure.Kind.INTERNAL, line));
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\\R");
    return lines[lines.length - 1];
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file in the temp folder is harmless; the parse result is what matters.
      System.getLogger(ChildJvmParser.class.getName())
          .log(System.Logger.Level.DEBUG, "could not delete " + file, e);
    }
  }
}
