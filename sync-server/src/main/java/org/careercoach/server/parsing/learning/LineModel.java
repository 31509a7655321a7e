package org.careercoach.server.parsing.learning;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained line classifier: the labels it knows and their weights over {@link LineFeatures}. Its
 * file is gzip'd binary: a magic word, the feature version, the dimension, the label names, then
 * the weights as 16-bit integers with one scale (a weight's error ≤ max|w| / 65534, far below what
 * moves a decision).
 */
public final class LineModel {

  private static final String MAGIC = "career-coach line model";

  /** Bumped whenever {@link LineFeatures} change what a feature means: old files are refused. */
  static final int FEATURE_VERSION = 2;

  /** Where the committed model lives on the class path. */
  public static final String RESOURCE = "/org/careercoach/server/parsing/learning/lines.model";

  private final List<LineLabel> labels;
  private final Softmax softmax;

  LineModel(List<LineLabel> labels, Softmax softmax) {
    if (labels.size() != softmax.classes) {
      throw new IllegalArgumentException("one label per class");
    }
    this.labels = List.copyOf(labels);
    this.softmax = softmax;
  }

  /** What the model says of one line. */
  public record Prediction(LineLabel label, float probability, float[] probabilities) {

    /** The probability that the line is a heading, of any kind. */
    public float headingProbability() {
      float sum = 0;
      LineLabel[] all = LineLabel.values();
      for (int k = 0; k < probabilities.length; k++) {
        if (all[k].isHeading()) {
          sum += probabilities[k];
        }
      }
      return sum;
    }

    /** The most probable heading kind, whatever the line's best label. */
    public LineLabel bestHeading() {
      LineLabel best = null;
      float p = -1;
      LineLabel[] all = LineLabel.values();
      for (int k = 0; k < probabilities.length; k++) {
        if (all[k].isHeading() && probabilities[k] > p) {
          p = probabilities[k];
          best = all[k];
        }
      }
      return best;
    }

    public float probabilityOf(LineLabel label) {
      return probabilities[label.ordinal()];
    }
  }

  /** A prediction per line, in order. */
  public List<Prediction> predict(List<LayoutLine> lines, Function<String, String> dictionary) {
    List<SparseVector> features = LineFeatures.of(lines, dictionary);
    List<Prediction> predictions = new ArrayList<>(lines.size());
    for (SparseVector x : features) {
      float[] p = softmax.probabilities(x);
      // Probabilities indexed by LineLabel's ordinal, whatever order the file kept them in.
      float[] byLabel = new float[LineLabel.values().length];
      int best = 0;
      for (int k = 0; k < p.length; k++) {
        byLabel[labels.get(k).ordinal()] = p[k];
        if (p[k] > p[best]) {
          best = k;
        }
      }
      predictions.add(new Prediction(labels.get(best), p[best], byLabel));
    }
    return predictions;
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(zip);
    data.writeUTF(MAGIC);
    data.writeInt(FEATURE_VERSION);
    data.writeInt(softmax.dimension);
    data.writeInt(labels.size());
    for (LineLabel label : labels) {
      data.writeUTF(label.name());
    }
    float max = 0;
    for (float w : softmax.weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    data.writeFloat(scale);
    for (float w : softmax.weights) {
      data.writeShort(Math.round(w / scale));
    }
    data.flush();
    zip.finish();
  }

  /** Reads a model file; a file of another kind or feature version is refused with why. */
  public static LineModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(in));
    if (!MAGIC.equals(data.readUTF())) {
      throw new IOException("not a line model");
    }
    int version = data.readInt();
    if (version != FEATURE_VERSION) {
      throw new IOException(
          "line model for feature version " + version + ", this parser has " + FEATURE_VERSION);
    }
    int dimension = data.readInt();
    if (dimension != LineFeatures.DIMENSION) {
      throw new IOException("line model of dimension " + dimension);
    }
    int classes = data.readInt();
    if (classes < 1 || classes > LineLabel.values().length) {
      throw new IOException("line model with " + classes + " labels");
    }
    List<LineLabel> labels = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      String name = data.readUTF();
      try {
        labels.add(LineLabel.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IOException("line model with an unknown label " + name, e);
      }
    }
    float scale = data.readFloat();
    float[] weights = new float[classes * dimension];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = data.readShort() * scale;
    }
    return new LineModel(labels, new Softmax(classes, dimension, weights));
  }

  /** The model committed with the parser, read once on first use; empty when none is shipped. */
  public static Optional<LineModel> committed() {
    return Committed.MODEL;
  }

  /** The class-holder idiom: the JVM reads the resource once, on first use, thread-safely. */
  private static final class Committed {
    static final Optional<LineModel> MODEL = load();

    private static Optional<LineModel> load() {
      try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE)) {
        return in == null ? Optional.empty() : Optional.of(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("the committed line model is unreadable", e);
      }
    }
  }
}
