package org.careercoach.server.parsing.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains a {@link LineModel} on labelled lines: the records are regrouped into their documents (a
 * line's features depend on its neighbours and on the whole document's body size), featurised, and
 * fed to {@link Softmax} in an order fixed by the seed.
 */
public final class LineTrainer {

  private LineTrainer() {}

  /**
   * How the model labels the lines of one group (or of all, for null): per label, how many lines it
   * gave that label rightly (tp), wrongly (fp), and how many of that label it missed (fn).
   */
  public static Map<LineLabel, int[]> evaluate(
      LineModel model,
      List<LineRecord> records,
      String group,
      Function<String, String> dictionary) {
    Map<LineLabel, int[]> counts = new java.util.EnumMap<>(LineLabel.class);
    for (LineLabel label : LineLabel.values()) {
      counts.put(label, new int[3]);
    }
    for (List<LineRecord> document : documents(records, group, true).values()) {
      List<LayoutLine> lines = document.stream().map(LineRecord::line).toList();
      List<LineModel.Prediction> predictions = model.predict(lines, dictionary);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        LineLabel truth = document.get(i).label();
        LineLabel predicted = predictions.get(i).label();
        if (truth == predicted) {
          counts.get(truth)[0]++;
        } else {
          counts.get(predicted)[1]++;
          counts.get(truth)[2]++;
        }
      }
    }
    return counts;
  }

  /** The records by document, in line order: of one group only, or of all but one group. */
  private static Map<String, List<LineRecord>> documents(
      List<LineRecord> records, String group, boolean only) {
    Map<String, List<LineRecord>> documents = new LinkedHashMap<>();
    for (LineRecord record : records) {
      if (group != null && group.equals(record.group()) != only) {
        continue;
      }
      documents
          .computeIfAbsent(record.layout() + "/" + record.document(), d -> new ArrayList<>())
          .add(record);
    }
    for (List<LineRecord> document : documents.values()) {
      document.sort(java.util.Comparator.comparingInt(LineRecord::index));
    }
    return documents;
  }

  /**
   * @param records the corpus's lines, each document's lines together and in order
   * @param excludedGroup a group left out (leave-one-group-out), or null
   */
  public static LineModel train(
      List<LineRecord> records,
      String excludedGroup,
      long seed,
      Function<String, String> dictionary) {
    Map<String, List<LineRecord>> documents = documents(records, excludedGroup, false);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no lines to train on");
    }
    List<SparseVector> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (List<LineRecord> document : documents.values()) {
      List<LayoutLine> lines = document.stream().map(LineRecord::line).toList();
      List<SparseVector> features = LineFeatures.of(lines, dictionary);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        xs.add(features.get(i));
        ys.add(document.get(i).label().ordinal());
      }
    }
    List<LineLabel> labels = Arrays.asList(LineLabel.values());
    Softmax softmax =
        Softmax.train(
            xs,
            ys.stream().mapToInt(Integer::intValue).toArray(),
            labels.size(),
            LineFeatures.DIMENSION,
            Softmax.Options.standard(seed));
    return new LineModel(labels, softmax);
  }
}
