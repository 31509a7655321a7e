package org.careercoach.server.parsing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Abandons a parse that runs past its time: the caller gets a clear failure at once and the parsing
 * thread is interrupted. (A parse that ignores interruption keeps its thread until it ends; running
 * parses in a child JVM, which can be killed, is the stronger option.)
 */
final class Watchdog {

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService PARSERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "resume-parse-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private Watchdog() {}

  static <T> T within(Duration limit, Callable<T> work) {
    Future<T> result = PARSERS.submit(work);
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ParseFailure(
          "Reading this document took longer than "
              + limit.toSeconds()
              + " s; it is too complex"
              + " or damaged. Try exporting it again as PDF or DOCX.");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ParseFailure("The parse was interrupted.", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ParseFailure failure) {
        throw failure;
      }
      if (cause instanceof OutOfMemoryError) {
        throw new ParseFailure("The document needs more memory than a resume could.", cause);
      }
      throw new ParseFailure(
          "The document could not be read: " + cause.getClass().getSimpleName(), cause);
    }
  }
}
