package org.careercoach.desktop.service.jobmatch;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import org.careercoach.desktop.service.Lazily;

/**
 * Similarity from all-MiniLM-L6-v2 (quantized, 23 MB), a sentence-embedding model run in this JVM
 * by ONNX Runtime: offline, nothing leaves the computer. The model is loaded on the first
 * comparison, never at start-up (loading takes about a second and 100 MB), and then kept for the
 * life of the app. Long texts are embedded in parts and averaged by the model's encoder.
 *
 * <p>Thread-safe: the first callers wait for one load.
 */
public final class EmbeddingSimilarity implements TextSimilarity {

  private final Lazily<EmbeddingModel> model = Lazily.of(AllMiniLmL6V2QuantizedEmbeddingModel::new);

  @Override
  public double between(String a, String b) {
    EmbeddingModel loaded = model.get();
    Embedding first = loaded.embed(a).content();
    Embedding second = loaded.embed(b).content();
    return CosineSimilarity.between(first, second);
  }
}
