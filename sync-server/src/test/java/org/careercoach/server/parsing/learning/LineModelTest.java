package org.careercoach.server.parsing.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LineModelTest {

  private static final Function<String, String> NO_DICTIONARY = line -> null;

  /**
   * Made-up documents whose headings are set large and bold, with words no dictionary holds, each
   * over lines that say what the section is: dates over jobs, degrees over studies.
   */
  private static List<LineRecord> corpus(int documents) {
    List<LineRecord> records = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      List<Object[]> lines = new ArrayList<>();
      lines.add(new Object[] {"Person Number" + d, 20f, true, LineLabel.NAME});
      lines.add(new Object[] {"person" + d + "@example.com", 10f, false, LineLabel.CONTACT});
      lines.add(
          new Object[] {"Where I toiled " + (d % 3), 13f, true, LineLabel.HEADING_EXPERIENCE});
      for (int j = 0; j < 2; j++) {
        lines.add(new Object[] {"Firm" + (d + j) + " Ltd", 10f, true, LineLabel.ORGANISATION});
        lines.add(
            new Object[] {"Jan 201" + j + " – Mar 201" + (j + 2), 10f, false, LineLabel.DATES});
        lines.add(
            new Object[] {"- Built thing " + j + " for the team", 10f, false, LineLabel.BULLET});
      }
      lines.add(new Object[] {"Learning place " + (d % 4), 13f, true, LineLabel.HEADING_EDUCATION});
      lines.add(new Object[] {"Bachelor of Science in Physics", 10f, false, LineLabel.ROLE});
      lines.add(new Object[] {"University of Somewhere" + d, 10f, false, LineLabel.ORGANISATION});
      for (int i = 0; i < lines.size(); i++) {
        Object[] l = lines.get(i);
        records.add(
            new LineRecord(
                "r" + d + ".pdf",
                "toy",
                d % 2 == 0 ? "even" : "odd",
                i,
                (LineLabel) l[3],
                new LayoutLine(List.of((String) l[0]), 1, (float) l[1], (boolean) l[2], 0, null)));
      }
    }
    return records;
  }

  @Test
  void findsHeadingsInWordsItNeverSawFromTheirLayoutAndWhatFollows() {
    LineModel model = LineTrainer.train(corpus(40), null, 18, NO_DICTIONARY);
    List<LayoutLine> unseen =
        List.of(
            new LayoutLine(List.of("Jane Roe"), 1, 20f, true, 0, null),
            new LayoutLine(List.of("Career path"), 1, 13f, true, 0, null),
            new LayoutLine(List.of("Initech Ltd"), 1, 10f, true, 0, null),
            new LayoutLine(List.of("Feb 2012 – Mar 2015"), 1, 10f, false, 0, null),
            new LayoutLine(List.of("Academia"), 1, 13f, true, 0, null),
            new LayoutLine(List.of("Master of Science in Chemistry"), 1, 10f, false, 0, null));

    List<LineModel.Prediction> predictions = model.predict(unseen, NO_DICTIONARY);

    assertThat(predictions.get(1).label()).isEqualTo(LineLabel.HEADING_EXPERIENCE);
    assertThat(predictions.get(4).label()).isEqualTo(LineLabel.HEADING_EDUCATION);
    assertThat(predictions.get(3).label()).isEqualTo(LineLabel.DATES);
    assertThat(predictions.get(2).headingProbability()).isLessThan(0.5f);
  }

  @Test
  void aWrittenModelReadsBackToTheSamePredictions() throws IOException {
    List<LineRecord> records = corpus(10);
    LineModel model = LineTrainer.train(records, null, 18, NO_DICTIONARY);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    model.write(file);
    LineModel read = LineModel.read(new ByteArrayInputStream(file.toByteArray()));

    List<LayoutLine> lines = records.stream().limit(12).map(LineRecord::line).toList();
    List<LineModel.Prediction> before = model.predict(lines, NO_DICTIONARY);
    List<LineModel.Prediction> after = read.predict(lines, NO_DICTIONARY);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(after.get(i).label()).isEqualTo(before.get(i).label());
      assertThat(after.get(i).probability())
          .isCloseTo(before.get(i).probability(), org.assertj.core.data.Offset.offset(0.01f));
    }
  }

  @Test
  void leavingAGroupOutTrainsWithoutIt() {
    List<LineRecord> records = corpus(10);
    LineModel all = LineTrainer.train(records, null, 18, NO_DICTIONARY);
    LineModel withoutOdd = LineTrainer.train(records, "odd", 18, NO_DICTIONARY);
    List<LayoutLine> lines = records.stream().limit(5).map(LineRecord::line).toList();
    assertThat(withoutOdd.predict(lines, NO_DICTIONARY).get(0).probability())
        .isNotEqualTo(all.predict(lines, NO_DICTIONARY).get(0).probability());
    assertThatThrownBy(
            () ->
                LineTrainer.train(
                    records.stream().filter(r -> r.group().equals("odd")).toList(),
                    "odd",
                    18,
                    NO_DICTIONARY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCommittedModelLoadsOnceAndKnowsEveryLabel() {
    assertThat(LineModel.committed()).isPresent();
    assertThat(LineModel.committed().get()).isSameAs(LineModel.committed().get());
    List<LineModel.Prediction> predictions =
        LineModel.committed()
            .get()
            .predict(
                List.of(new LayoutLine(List.of("Jane Roe"), 1, 20f, true, 0, null)), NO_DICTIONARY);
    assertThat(predictions.get(0).probabilities()).hasSize(LineLabel.values().length);
  }

  @Test
  void refusesAFileThatIsNoModel() {
    assertThatThrownBy(() -> LineModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }
}
