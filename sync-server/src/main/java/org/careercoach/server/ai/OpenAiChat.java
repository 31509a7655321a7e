package org.careercoach.server.ai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Any OpenAI-compatible chat endpoint through OpenAI's Java SDK: OpenAI itself, or a model server
 * on the person's own machine (llama.cpp, Ollama, vLLM…), so nothing leaves it.
 */
final class OpenAiChat extends StreamingChat<ChatCompletionChunk> {

  private final OpenAIClient client;
  private final String model;

  OpenAiChat(String apiKey, String baseUrl, String model, int maxRetries, Duration timeout) {
    this.client =
        OpenAIOkHttpClient.builder()
            .apiKey(apiKey)
            .baseUrl(baseUrl)
            .maxRetries(maxRetries)
            .timeout(timeout)
            .build();
    this.model = model;
  }

  @Override
  public String name() {
    return "openai:" + model;
  }

  @Override
  Events<ChatCompletionChunk> open(Prompt prompt) {
    StreamResponse<ChatCompletionChunk> response =
        client
            .chat()
            .completions()
            .createStreaming(
                ChatCompletionCreateParams.builder()
                    .model(model)
                    .maxCompletionTokens(prompt.maxTokens())
                    .addSystemMessage(prompt.system())
                    .addUserMessage(prompt.user())
                    .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
                    .build());
    return Events.of(response::stream, response::close);
  }

  @Override
  void read(ChatCompletionChunk chunk, Consumer<String> onText, Tally tally) {
    for (ChatCompletionChunk.Choice choice : chunk.choices()) {
      choice.delta().content().filter(t -> !t.isEmpty()).ifPresent(onText);
      choice.finishReason().ifPresent(r -> tally.complete = r.asString().equals("stop"));
    }
    chunk
        .usage()
        .ifPresent(
            usage -> {
              tally.input = usage.promptTokens();
              tally.output = usage.completionTokens();
            });
  }

  @Override
  Optional<ModelException> refusal(RuntimeException e) {
    if (e instanceof RateLimitException) {
      return Optional.of(
          new ModelException(ModelException.Kind.BUSY, "The model is rate limited", e));
    }
    if (e instanceof OpenAIServiceException refused) {
      boolean busy = refused.statusCode() == 503 || refused.statusCode() == 529;
      return Optional.of(
          new ModelException(
              busy ? ModelException.Kind.BUSY : ModelException.Kind.FAILED,
              "The model refused: HTTP " + refused.statusCode(),
              e));
    }
    return Optional.empty();
  }
}
