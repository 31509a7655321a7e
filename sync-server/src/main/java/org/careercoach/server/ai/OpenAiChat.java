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
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Any OpenAI-compatible chat endpoint through OpenAI's Java SDK: OpenAI itself, or a model server
 * on the person's own machine (llama.cpp, Ollama, vLLM…), so nothing leaves it.
 */
final class OpenAiChat implements ChatModel {

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
  public Reply write(Prompt prompt, Consumer<String> onText, BooleanSupplier stopped) {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(model)
            .maxCompletionTokens(prompt.maxTokens())
            .addSystemMessage(prompt.system())
            .addUserMessage(prompt.user())
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    StringBuilder text = new StringBuilder();
    long input = 0;
    long output = 0;
    boolean complete = false;
    boolean started = false;
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(params)) {
      Iterator<ChatCompletionChunk> chunks = stream.stream().iterator();
      while (!stopped.getAsBoolean() && chunks.hasNext()) {
        ChatCompletionChunk chunk = chunks.next();
        started = true;
        for (ChatCompletionChunk.Choice choice : chunk.choices()) {
          String piece = choice.delta().content().orElse("");
          if (!piece.isEmpty()) {
            text.append(piece);
            onText.accept(piece);
          }
          if (choice.finishReason().isPresent()) {
            complete = choice.finishReason().get().asString().equals("stop");
          }
        }
        if (chunk.usage().isPresent()) {
          input = chunk.usage().get().promptTokens();
          output = chunk.usage().get().completionTokens();
        }
      }
    } catch (RateLimitException e) {
      throw new ModelException(ModelException.Kind.BUSY, "The model is rate limited", e);
    } catch (OpenAIServiceException e) {
      throw new ModelException(
          e.statusCode() == 503 || e.statusCode() == 529
              ? ModelException.Kind.BUSY
              : ModelException.Kind.FAILED,
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
