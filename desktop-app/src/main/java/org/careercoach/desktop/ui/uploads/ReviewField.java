package org.careercoach.desktop.ui.uploads;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.model.api.ParseProvenance.FieldSource;

/**
 * One parsed value under review: what the parser read, how sure it was, where it came from, and the
 * text the person keeps (the parsed value until they change it).
 */
final class ReviewField {

  /**
   * Under this the field is pointed out for checking. 0.7 because the parser gives 0.9 and up to
   * values found where it expects them (a labelled email, a dated job line) and 0.5–0.6 to guesses
   * (a name from the first line, a title split from a company): the line falls between the two, so
   * the guesses are pointed out and the sure values are not.
   */
  static final double CHECK_BELOW = 0.7;

  private final ParsedFields.Leaf leaf;
  private final double confidence;
  private final FieldSource source;
  private final StringProperty text;

  /**
   * @param confidence the parser's confidence, -1 when it gave none (then it is not pointed out)
   * @param source where it came from; null when the parser did not say
   */
  ReviewField(ParsedFields.Leaf leaf, double confidence, FieldSource source) {
    this.leaf = leaf;
    this.confidence = confidence;
    this.source = source;
    this.text = new SimpleStringProperty(leaf.value());
  }

  String path() {
    return leaf.path();
  }

  String section() {
    return leaf.section();
  }

  String label() {
    return leaf.label();
  }

  String parsed() {
    return leaf.value();
  }

  double confidence() {
    return confidence;
  }

  /** Where it came from; null when the parser did not say. */
  FieldSource source() {
    return source;
  }

  boolean needsCheck() {
    return confidence >= 0 && confidence < CHECK_BELOW;
  }

  boolean corrected() {
    return !leaf.value().equals(text.get() == null ? "" : text.get().strip());
  }

  /** "62% sure"; "" when the parser gave no confidence. */
  String confidenceText() {
    return confidence < 0 ? "" : Math.round(confidence * 100) + "% sure";
  }

  /** The text the person keeps. */
  StringProperty textProperty() {
    return text;
  }
}
