package org.careercoach.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The coaching model every integration test shares: a local server that plays an OpenAI-compatible
 * endpoint (COACH_AI_PROVIDER=openai), started once for the suite. Tests script the next replies
 * with {@link #next}; with none scripted it answers "A reply." The parser stays offline (it uses
 * Anthropic only, and no ANTHROPIC_API_KEY is set).
 */
public final class TestModel {

  /** A day's coaching per person in the suite: small, so the budget's test reaches it. */
  public static final long DAILY_TOKENS = 2_000;

  private static final ConcurrentLinkedQueue<MockResponse> SCRIPT = new ConcurrentLinkedQueue<>();
  private static final LinkedBlockingQueue<RecordedRequest> REQUESTS = new LinkedBlockingQueue<>();
  private static final MockWebServer SERVER = start();

  private TestModel() {}

  /** The next reply the model gives, in order. */
  public static void next(MockResponse response) {
    SCRIPT.add(response);
  }

  /** Forgets what was scripted and asked: each test starts clean. */
  public static void reset() {
    SCRIPT.clear();
    REQUESTS.clear();
  }

  /** What the server was asked, oldest first, since the last reset. */
  public static List<RecordedRequest> requests() {
    return List.copyOf(REQUESTS);
  }

  private static MockWebServer start() {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            REQUESTS.add(request);
            MockResponse scripted = SCRIPT.poll();
            return scripted != null
                ? scripted
                : ModelStreams.streaming(ModelStreams.openai(List.of("A reply."), "stop", 20, 5));
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  public static final class Initializer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "test-model",
                  Map.of(
                      "coach.ai.chat.provider",
                      "openai",
                      "coach.ai.chat.openai-base-url",
                      SERVER.url("/v1").toString(),
                      "coach.ai.chat.openai-model",
                      "gpt-test",
                      "coach.ai.chat.daily-tokens",
                      Long.toString(DAILY_TOKENS),
                      // Uploads are read by the server's own parser in the suite: the model
                      // here plays coaching only, and parsing by model has tests of its own.
                      "coach.ai.chat.parse-uploads",
                      "false")));
    }
  }
}
