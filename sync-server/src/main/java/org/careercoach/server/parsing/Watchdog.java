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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Abandons a parse that runs past its time: the caller gets a clear failure at once and the parsing
 * thread is interrupted. A parse that ignores interruption keeps its thread until it ends; such
 * threads are counted ({@link #abandonedAlive()}) so the job workers can stop taking parse jobs
 * while too many of them live, instead of piling up threads without bound. (A parse in a child JVM,
 * {@code COACH_JOB_ISOLATE_HEAP}, is killed at its limit and leaves no thread behind.)
 */
public final class Watchdog {

  private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final AtomicInteger ABANDONED_ALIVE = new AtomicInteger();
  private static final ExecutorService PARSERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "resume-parse-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private Watchdog() {}

  /** Parses that ran past their limit and whose threads have not ended yet, in this process. */
  public static int abandonedAlive() {
    return ABANDONED_ALIVE.get();
  }

  /**
   * Runs the work within the limit. Past it, a {@link ParseFailure.Kind#TIMEOUT}; a {@link
   * ParseFailure} from inside keeps its kind; any other throwable (an NPE, a StackOverflowError, an
   * OutOfMemoryError) is a parser bug: {@link ParseFailure.Kind#INTERNAL}, logged with its cause.
   */
  public static <T> T within(Duration limit, Callable<T> work) {
    Watched<T> watched = new Watched<>(work);
    Future<T> result = PARSERS.submit(watched);
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      watched.abandon();
      result.cancel(true);
      throw new ParseFailure(
          ParseFailure.Kind.TIMEOUT,
          "Reading this document took longer than "
              + limit.toSeconds()
              + " s; it is too complex"
              + " or damaged. Try exporting it again as PDF or DOCX.");
    } catch (InterruptedException e) {
      watched.abandon();
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ParseFailure(ParseFailure.Kind.INTERRUPTED, "The parse was interrupted.", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ParseFailure failure) {
        throw failure;
      }
      // The owner reads words, not the parser's exception; the log keeps the cause.
      log.warn("event=parse_error kind=INTERNAL cause={}", cause.toString(), cause);
      if (cause instanceof OutOfMemoryError) {
        throw new ParseFailure(
            ParseFailure.Kind.INTERNAL,
            "The document needs more memory than a resume could.",
            cause);
      }
      throw new ParseFailure(
          ParseFailure.Kind.INTERNAL,
          "The document could not be read: something in it stopped the parser. Try exporting it"
              + " again as PDF or DOCX.",
          cause);
    }
  }

  /**
   * A parse with its state, so that one abandoned while it runs is counted until its thread really
   * ends: NEW, RUNNING, DONE, or ABANDONED (and counted) while running.
   */
  private static final class Watched<T> implements Callable<T> {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;

    private final Callable<T> work;
    private final AtomicInteger state = new AtomicInteger(NEW);

    Watched(Callable<T> work) {
      this.work = work;
    }

    @Override
    public T call() throws Exception {
      if (!state.compareAndSet(NEW, RUNNING)) {
        return null; // abandoned before it began: nothing runs, nothing to count
      }
      try {
        return work.call();
      } finally {
        if (!state.compareAndSet(RUNNING, DONE)) {
          int left = ABANDONED_ALIVE.decrementAndGet();
          log.info("event=abandoned_parse_ended still_alive={}", left);
        }
      }
    }

    void abandon() {
      if (state.compareAndSet(NEW, DONE)) {
        return;
      }
      // Counted before the state says so, so the thread's own end never sees it uncounted.
      int alive = ABANDONED_ALIVE.incrementAndGet();
      if (state.compareAndSet(RUNNING, ABANDONED)) {
        log.warn("event=parse_abandoned abandoned_alive={}", alive);
      } else {
        ABANDONED_ALIVE.decrementAndGet(); // it ended just now
      }
    }
  }
}
