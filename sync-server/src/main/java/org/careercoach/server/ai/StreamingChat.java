package org.careercoach.server.ai;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The reading loop both providers share: open the provider's stream, hand each piece of text on
 * while nobody has pressed Stop, keep the token counts, and tell a refusal before the reply from a
 * stream cut in the middle of it.
 *
 * @param <E> the provider's stream event
 */
abstract class StreamingChat<E> implements ChatModel {

  /** What a reply has counted so far, filled in by {@link #read}. */
  static final class Tally {
    long input;
    long output;
    boolean complete;
  }

  /** An open stream of events, closed when the reply ends however it ends. */
  interface Events<E> extends AutoCloseable {
    Stream<E> stream();

    @Override
    void close();

    /** The events of an SDK's stream response, which both SDKs shape alike. */
    static <E> Events<E> of(Supplier<Stream<E>> stream, Runnable close) {
      return new Events<>() {
        @Override
        public Stream<E> stream() {
          return stream.get();
        }

        @Override
        public void close() {
          close.run();
        }
      };
    }
  }

  abstract Events<E> open(Prompt prompt);

  /** Takes one event: its text (if any) to {@code onText}, its counts to {@code tally}. */
  abstract void read(E event, Consumer<String> onText, Tally tally);

  /** A provider's refusal (rate limited, overloaded, bad key), or empty for anything else. */
  abstract Optional<ModelException> refusal(RuntimeException e);

  @Override
  public final Reply write(Prompt prompt, Consumer<String> onText, BooleanSupplier stopped) {
    StringBuilder text = new StringBuilder();
    Tally tally = new Tally();
    boolean started = false;
    try (Events<E> events = open(prompt)) {
      Iterator<E> each = events.stream().iterator();
      while (!stopped.getAsBoolean() && each.hasNext()) {
        E event = each.next();
        started = true;
        read(
            event,
            piece -> {
              text.append(piece);
              onText.accept(piece);
            },
            tally);
      }
    } catch (RuntimeException e) {
      Optional<ModelException> refused = refusal(e);
      if (refused.isPresent()) {
        throw refused.get();
      }
      throw new ModelException(
          started ? ModelException.Kind.CUT : ModelException.Kind.FAILED,
          started ? "The model's reply was cut off" : "The model could not be reached",
          e);
    }
    return new Reply(
        text.toString(), tally.input, tally.output, tally.complete && !stopped.getAsBoolean());
  }
}
