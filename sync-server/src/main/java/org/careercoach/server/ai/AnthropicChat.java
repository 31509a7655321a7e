package org.careercoach.server.ai;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Claude through Anthropic's Java SDK, streaming the Messages API. */
final class AnthropicChat extends StreamingChat<RawMessageStreamEvent> {

  /** Anthropic's "overloaded". */
  private static final int OVERLOADED = 529;

  private final AnthropicClient client;
  private final String model;

  AnthropicChat(String apiKey, String baseUrl, String model, int maxRetries, Duration timeout) {
    this.client =
        AnthropicOkHttpClient.builder()
            .apiKey(apiKey)
            .baseUrl(baseUrl)
            .maxRetries(maxRetries)
            .timeout(timeout)
            .build();
    this.model = model;
  }

  @Override
  public String name() {
    return "anthropic:" + model;
  }

  @Override
  Events<RawMessageStreamEvent> open(Prompt prompt) {
    StreamResponse<RawMessageStreamEvent> response =
        client
            .messages()
            .createStreaming(
                MessageCreateParams.builder()
                    .model(model)
                    .maxTokens(prompt.maxTokens())
                    .system(prompt.system())
                    .addUserMessage(prompt.user())
                    .build());
    return Events.of(response::stream, response::close);
  }

  @Override
  void read(RawMessageStreamEvent event, Consumer<String> onText, Tally tally) {
    if (event.isMessageStart()) {
      tally.input = event.asMessageStart().message().usage().inputTokens();
    } else if (event.isContentBlockDelta()) {
      event
          .asContentBlockDelta()
          .delta()
          .text()
          .map(t -> t.text())
          .filter(t -> !t.isEmpty())
          .ifPresent(onText);
    } else if (event.isMessageDelta()) {
      tally.output = event.asMessageDelta().usage().outputTokens();
      tally.complete =
          event
              .asMessageDelta()
              .delta()
              .stopReason()
              .map(r -> r.asString())
              .orElse("")
              .equals("end_turn");
    }
  }

  @Override
  Optional<ModelException> refusal(RuntimeException e) {
    if (e instanceof RateLimitException) {
      return Optional.of(
          new ModelException(ModelException.Kind.BUSY, "The model is rate limited", e));
    }
    if (e instanceof AnthropicServiceException refused) {
      return Optional.of(
          new ModelException(
              refused.statusCode() == OVERLOADED
                  ? ModelException.Kind.BUSY
                  : ModelException.Kind.FAILED,
              "The model refused: HTTP " + refused.statusCode(),
              e));
    }
    return Optional.empty();
  }
}
