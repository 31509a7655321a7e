package org.careercoach.server.ai;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Claude through Anthropic's Java SDK, streaming the Messages API. */
final class AnthropicChat implements ChatModel {

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
  public Reply write(Prompt prompt, Consumer<String> onText, BooleanSupplier stopped) {
    MessageCreateParams params =
        MessageCreateParams.builder()
            .model(model)
            .maxTokens(prompt.maxTokens())
            .system(prompt.system())
            .addUserMessage(prompt.user())
            .build();
    StringBuilder text = new StringBuilder();
    long input = 0;
    long output = 0;
    boolean complete = false;
    boolean started = false;
    try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params)) {
      Iterator<RawMessageStreamEvent> events = stream.stream().iterator();
      while (!stopped.getAsBoolean() && events.hasNext()) {
        RawMessageStreamEvent event = events.next();
        started = true;
        if (event.isMessageStart()) {
          input = event.asMessageStart().message().usage().inputTokens();
        } else if (event.isContentBlockDelta()) {
          String piece = event.asContentBlockDelta().delta().text().map(t -> t.text()).orElse("");
          if (!piece.isEmpty()) {
            text.append(piece);
            onText.accept(piece);
          }
        } else if (event.isMessageDelta()) {
          output = event.asMessageDelta().usage().outputTokens();
          complete =
              event
                  .asMessageDelta()
                  .delta()
                  .stopReason()
                  .map(r -> r.asString())
                  .orElse("")
                  .equals("end_turn");
        }
      }
    } catch (RateLimitException e) {
      throw new ModelException(ModelException.Kind.BUSY, "The model is rate limited", e);
    } catch (AnthropicServiceException e) {
      throw new ModelException(
          e.statusCode() == 529 ? ModelException.Kind.BUSY : ModelException.Kind.FAILED,
          "The model refused: HTTP " + e.statusCode(),
          e);
    } catch (RuntimeException e) {
      throw new ModelException(
          started ? ModelException.Kind.CUT : ModelException.Kind.FAILED,
          started ? "The model's reply was cut off" : "The model could not be reached",
          e);
    }
    return new Reply(text.toString(), input, output, complete && !stopped.getAsBoolean());
  }
}
